package dabiao.spark;

import org.apache.spark.Partitioner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends every row of a region to the region's own partition, whatever its file and line. Each region has
 * a partition of its own, numbered in the order of the codes: a hash of the code would not do, since
 * province codes all end in 0 and a string's hash modulo 31 (or 16, 32, 64) then crowds them into a few.
 */
final class RegionPartitioner extends Partitioner {

    private static final long serialVersionUID = 1L;

    private final Map<String, Integer> partitionOf = new HashMap<>();

    /**
     * @param regions the regions' codes, each once; a row of any other region (which its region's
     *                validation refuses) goes to the first partition, sorted apart from the region there
     */
    RegionPartitioner(List<String> regions) {
        regions.stream().sorted().forEach(r -> partitionOf.put(r, partitionOf.size()));
    }

    @Override
    public int numPartitions() {
        return Math.max(1, partitionOf.size());
    }

    @Override
    public int getPartition(Object key) {
        return partitionOf.getOrDefault(((RowKey) key).region(), 0);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionPartitioner p && p.partitionOf.equals(partitionOf);
    }

    @Override
    public int hashCode() {
        return partitionOf.hashCode();
    }
}
