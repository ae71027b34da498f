package dabiao.model;

/** Where a verdict's baseline comes from. */
public enum BaselineKind {
    /** The plan's starting period ({@code @start}): its figure, or zero for a running total or a yearly quota. */
    START,
    /** The earliest figure reported since the start, standing in for a start figure nobody reported. */
    EARLIEST;

    /** The identifier used in JSON and CSV. */
    public String id() {
        return Ids.of(this);
    }
}
