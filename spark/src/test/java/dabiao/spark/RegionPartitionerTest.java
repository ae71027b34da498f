package dabiao.spark;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each region its own partition: the 31 province codes, whose hashes modulo 31 are all alike, spread over 31. */
class RegionPartitionerTest {

    static final List<String> PROVINCES = List.of("110000", "120000", "130000", "140000", "150000", "210000",
            "220000", "230000", "310000", "320000", "330000", "340000", "350000", "360000", "370000", "410000",
            "420000", "430000", "440000", "450000", "460000", "500000", "510000", "520000", "530000", "540000",
            "610000", "620000", "630000", "640000", "650000");

    @Test
    void everyProvince_getsAPartitionOfItsOwn() {
        RegionPartitioner p = new RegionPartitioner(PROVINCES);
        assertThat(p.numPartitions()).isEqualTo(31);
        assertThat(PROVINCES.stream().map(r -> p.getPartition(new RowKey(r, 0, 1))).distinct()).hasSize(31);
        assertThat(IntStream.range(0, 31).map(i -> PROVINCES.get(i).hashCode() % 31).distinct().count())
                .as("why a hash would not do").isEqualTo(1);
    }

    @Test
    void aRowsFileAndLine_neverMoveIt() {
        RegionPartitioner p = new RegionPartitioner(List.of("321000", "310000", ""));
        assertThat(p.getPartition(new RowKey("310000", 3, 999))).isEqualTo(p.getPartition(new RowKey("310000", 0, 1)));
        assertThat(p.getPartition(new RowKey("", 0, 7))).isEqualTo(0);
    }
}
