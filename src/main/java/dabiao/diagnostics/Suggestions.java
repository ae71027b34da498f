package dabiao.diagnostics;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Finds the known words closest to a misspelt one, for "did you mean" hints. */
public final class Suggestions {

    private Suggestions() {
    }

    /** Up to three known words within a small edit distance of {@code word}, closest first. */
    public static List<String> closest(String word, Collection<String> known) {
        int limit = Math.max(2, word.length() / 3);
        return known.stream()
                .filter(k -> distance(word, k) <= limit || k.startsWith(word) || word.startsWith(k))
                .sorted(Comparator.comparingInt((String k) -> distance(word, k)).thenComparing(k -> k))
                .limit(3)
                .toList();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
