package org.quickfreeze.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quickfreeze.report.model.TrendRow;
import org.quickfreeze.testsupport.StatisticsScenario;

class BacklogTrendTest {

    private final List<TrendRow> trend = new BacklogTrend(Limits.CONVENTION).compute(StatisticsScenario.findings(),
            new AsOf(StatisticsScenario.D));

    private TrendRow month(String month) {
        return trend.stream().filter(r -> r.month().equals(YearMonth.parse(month))).findFirst().orElseThrow();
    }

    @Test
    void twelveMonthsEndingWithTheAsOfMonth() {
        assertThat(trend).hasSize(12);
        assertThat(trend.get(0).month()).isEqualTo(YearMonth.parse("2025-11"));
        assertThat(trend.get(11).month()).isEqualTo(YearMonth.parse("2026-10"));
    }

    @Test
    void openedAndFollowedUpCountPreservationsByMonthOfStartAndOfFollowUp() {
        assertThat(month("2026-06").opened()).isEqualTo(1);
        assertThat(month("2026-09").opened()).isEqualTo(3);
        assertThat(month("2026-06").followedUp()).isEqualTo(1);
        assertThat(month("2026-09").followedUp()).isEqualTo(2);
        assertThat(month("2026-10").opened()).isZero();
    }

    @Test
    void eachMonthIsSeenAsOfItsLastDay() {
        // July: P2 waits 30 days. August: P2 waits 61 days (overdue), P3 30 days.
        assertThat(month("2026-07").awaiting()).isEqualTo(1);
        assertThat(month("2026-08").awaiting()).isEqualTo(1);
        assertThat(month("2026-08").overdue()).isEqualTo(1);
        // September: P2 and P6 followed up by the 30th; P3 (60 days), P4, P5 wait.
        assertThat(month("2026-09").awaiting()).isEqualTo(3);
        assertThat(month("2026-09").overdue()).isZero();
    }

    @Test
    void asOfMonthAgreesWithTheStates() {
        TrendRow october = month("2026-10");
        assertThat(october.awaiting()).isEqualTo(2); // PENDING P4 + DUE_SOON P5
        assertThat(october.overdue()).isZero();
    }

    @Test
    void lapsedCountsInTheMonthOfDay90WithoutFollowUpByThen() {
        assertThat(month("2026-10").lapsed()).isEqualTo(1); // P3: 2026-08-01 + 90 =
                                                            // 2026-10-30
        assertThat(month("2026-08").lapsed()).isZero(); // P1 reached day 90 on 08-30,
                                                        // followed up in June
        assertThat(month("2026-09").lapsed()).isZero(); // P2 reached day 90 on 09-29,
                                                        // followed up on 09-14
    }

}
