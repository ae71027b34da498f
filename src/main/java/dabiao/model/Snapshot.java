package dabiao.model;

import java.util.List;

/**
 * One statistician's file: the figures of one region, its districts and any units below them for one period.
 *
 * @param file         the path it was read from
 * @param region       the region as a whole
 * @param districts    the districts listed, in file order
 * @param units        the streets and communities listed, in file order
 * @param period       the period the figures describe
 * @param source       where the figures come from (free text), or null
 * @param observations every figure reported, region and districts
 */
public record Snapshot(String file, Scope region, List<Scope> districts, List<Scope> units, Period period,
                       String source, List<Observation> observations) {

    public Snapshot {
        districts = List.copyOf(districts);
        units = List.copyOf(units);
        observations = List.copyOf(observations);
    }
}
