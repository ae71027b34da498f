package dabiao.spark;

import org.apache.spark.Partitioner;

/** Sends every row of a region to one partition, whatever its file and line. */
final class RegionPartitioner extends Partitioner {

    private static final long serialVersionUID = 1L;

    private final int partitions;

    RegionPartitioner(int partitions) {
        this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        return Math.floorMod(((RowKey) key).region().hashCode(), partitions);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionPartitioner p && p.partitions == partitions;
    }

    @Override
    public int hashCode() {
        return partitions;
    }
}
