package dabiao.model;

import org.junit.jupiter.api.Test;

import static dabiao.model.ReportDiff.Move;
import static dabiao.model.Status.AT_RISK;
import static dabiao.model.Status.MET;
import static dabiao.model.Status.MISSED;
import static dabiao.model.Status.NO_DATA;
import static dabiao.model.Status.OFF_TRACK;
import static dabiao.model.Status.ON_TRACK;
import static org.assertj.core.api.Assertions.assertThat;

/** How each pair of statuses reads as a move. */
class ReportDiffTest {

    @Test
    void sameStatus_isNoMove() {
        for (Status s : Status.values()) {
            assertThat(Move.of(s, s)).isNull();
        }
        assertThat(Move.of(null, NO_DATA)).isNull();
    }

    @Test
    void arrivingAtMetMissedOrNoData_isNamedByWhereItArrived() {
        assertThat(Move.of(AT_RISK, MET)).isEqualTo(Move.MET);
        assertThat(Move.of(ON_TRACK, MISSED)).isEqualTo(Move.MISSED);
        assertThat(Move.of(OFF_TRACK, NO_DATA)).isEqualTo(Move.NO_DATA);
    }

    @Test
    void fallingIntoRisk_isNewlyAtRisk_andFallingFurtherIsWorse() {
        assertThat(Move.of(ON_TRACK, AT_RISK)).isEqualTo(Move.NEWLY_AT_RISK);
        assertThat(Move.of(MET, OFF_TRACK)).isEqualTo(Move.NEWLY_AT_RISK);
        assertThat(Move.of(NO_DATA, AT_RISK)).isEqualTo(Move.NEWLY_AT_RISK);
        assertThat(Move.of(null, OFF_TRACK)).isEqualTo(Move.NEWLY_AT_RISK);
        assertThat(Move.of(AT_RISK, OFF_TRACK)).isEqualTo(Move.WORSE);
    }

    @Test
    void climbingBack_isRecovered_andReachingOnTrackOtherwiseIsOnTrack() {
        assertThat(Move.of(OFF_TRACK, AT_RISK)).isEqualTo(Move.RECOVERED);
        assertThat(Move.of(AT_RISK, ON_TRACK)).isEqualTo(Move.RECOVERED);
        assertThat(Move.of(MISSED, ON_TRACK)).isEqualTo(Move.RECOVERED);
        assertThat(Move.of(NO_DATA, ON_TRACK)).isEqualTo(Move.ON_TRACK);
        assertThat(Move.of(MET, ON_TRACK)).isEqualTo(Move.ON_TRACK);
    }
}
