package dabiao.diagnostics;

import dabiao.model.Lang;

import java.util.List;

/** Thrown when input cannot be used; carries every problem found, not just the first. */
public final class InputException extends RuntimeException {

    private final transient List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).render(Lang.EN));
        this.problems = List.copyOf(problems);
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
