package org.quickfreeze.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quickfreeze.report.model.DurationFigures;
import org.quickfreeze.testsupport.Requests;

class DurationStatisticsTest {

    private static List<DurationFigures> figures() {
        DurationStatistics stats = new DurationStatistics(new AsOf(LocalDate.parse("2026-10-31")));
        List.of(Requests.preservation("P1", "2026-03-01")
            .received()
            .executedOn("2026-03-03")
            .acknowledgedOn("2026-03-01")
            .build(),
                Requests.preservation("P2", "2026-03-01")
                    .received()
                    .executedOn("2026-03-01")
                    .acknowledgedOn("2026-03-02")
                    .build(),
                Requests.preservation("P3", "2026-03-01").executedOn("2026-03-09").acknowledgedOn("2026-03-03").build(),
                Requests.mla("M1", "2026-01-01").executedOn("2026-04-11").build(),
                Requests.mla("M2", "2026-01-01").executedOn("2026-07-20").build(),
                Requests.mla("M3", "2026-01-01").received().executedOn("2026-01-31").build(),
                Requests.mla("M4", "2026-10-01").executedOn("2026-11-05").build())
            .forEach(stats::add);
        return stats.figures();
    }

    private static DurationFigures row(String measure, String direction) {
        return figures().stream()
            .filter(f -> f.measure().equals(measure) && f.direction().equals(direction))
            .findFirst()
            .orElseThrow();
    }

    @Test
    void preservationExecutionIsOverReceivedPreservationsOnly() {
        var row = row(DurationStatistics.PRESERVATION_EXECUTION, "RECEIVED");
        assertThat(row.days().n()).isEqualTo(2);
        assertThat(row.days().max()).isEqualTo(2);
        assertThat(row.days().mean()).isEqualByComparingTo("1.0");
    }

    @Test
    void mlaExecutionWithShareWithin180DaysAndExecutionAfterTheAsOfDayIgnored() {
        var sent = row(DurationStatistics.MLA_EXECUTION, "SENT");
        assertThat(sent.days().n()).isEqualTo(2); // 100 and 200 days; M4 executed after D
        assertThat(sent.share().percent()).isEqualByComparingTo("50.0");
        var all = row(DurationStatistics.MLA_EXECUTION, "all");
        assertThat(all.days().n()).isEqualTo(3);
        assertThat(all.days().median()).isEqualByComparingTo("100.0");
        assertThat(all.share().percent()).isEqualByComparingTo("66.7");
    }

    @Test
    void acknowledgementOfEveryRequestWithShareWithinOneDay() {
        var all = row(DurationStatistics.ACKNOWLEDGEMENT, "all");
        assertThat(all.days().n()).isEqualTo(3); // 0, 1 and 2 days
        assertThat(all.share().percent()).isEqualByComparingTo("66.7");
        assertThat(row(DurationStatistics.ACKNOWLEDGEMENT, "RECEIVED").days().n()).isEqualTo(2);
    }

}
