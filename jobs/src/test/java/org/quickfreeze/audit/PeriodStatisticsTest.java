package org.quickfreeze.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.PeriodFigures;
import org.quickfreeze.run.ReportingPeriod;
import org.quickfreeze.store.RequestStatus;
import org.quickfreeze.testsupport.Requests;

/**
 * The figures of period 2026-10 as of 2026-10-31, on preservations whose deadlines fall
 * on the edges, worked out by hand:
 *
 * <pre>
 * A SENT     S 2026-08-02  F 2026-10-01 (delay 60)  S+60 = 10-01 (P1): due, met   S+90 = 10-31 (P2): due, met
 * B SENT     S 2026-09-01  —                         S+60 = 10-31 (P2): due, not met
 * C RECEIVED S 2026-09-02  —                         S+60 = 11-01, the day after P2: not due
 * D RECEIVED S 2026-07-03  F 2026-09-16 (delay 75)  S+90 = 10-01 (P1): due, met; follow-up before the period
 * E RECEIVED S 2026-10-05  F 2026-10-20 (delay 15)  opened and followed up in the period
 * X RECEIVED S 2026-10-06  withdrawn: not counted
 * </pre>
 */
class PeriodStatisticsTest {

    private static final LocalDate D = LocalDate.parse("2026-10-31");

    private static List<FindingRow> edges() {
        Audit audit = new Audit(Limits.CONVENTION, new AsOf(D));
        List.of(Requests.preservation("A", "2026-08-02").caseReference("CA").build(),
                Requests.mla("MA", "2026-10-01").caseReference("CA").build(),
                Requests.preservation("B", "2026-09-01").build(),
                Requests.preservation("C", "2026-09-02").received().build(),
                Requests.preservation("D", "2026-07-03").received().caseReference("CD").build(),
                Requests.mla("MD", "2026-09-16").received().caseReference("CD").build(),
                Requests.preservation("E", "2026-10-05").received().caseReference("CE").build(),
                Requests.mla("ME", "2026-10-20").received().caseReference("CE").build(),
                Requests.preservation("X", "2026-10-06").received().status(RequestStatus.WITHDRAWN).build())
            .forEach(audit::add);
        return audit.result(key -> null).findings().stream().map(Finding::toRow).toList();
    }

    private static PeriodFigures row(List<PeriodFigures> rows, String group, String value) {
        return rows.stream().filter(r -> r.group().equals(group) && r.value().equals(value)).findFirst().orElseThrow();
    }

    @Test
    void deadlinesOnTheFirstAndLastDayOfThePeriodCountAndTheDayAfterDoesNot() {
        List<PeriodFigures> rows = new PeriodStatistics(Limits.CONVENTION).compute(edges(),
                ReportingPeriod.parse("2026-10"), new AsOf(D));

        PeriodFigures all = row(rows, "all", "all");
        assertThat(all.opened()).isEqualTo(1);
        assertThat(all.followedUp()).isEqualTo(2);
        assertThat(all.due60()).isEqualTo(2);
        assertThat(all.met60()).isEqualTo(1);
        assertThat(all.within60().percent()).isEqualByComparingTo("50.0");
        assertThat(all.due90()).isEqualTo(2);
        assertThat(all.met90()).isEqualTo(2);
        assertThat(all.within90().percent()).isEqualByComparingTo("100.0");
        assertThat(all.delay().n()).isEqualTo(2);
        assertThat(all.delay().median()).isEqualByComparingTo(new BigDecimal("37.5"));

        PeriodFigures sent = row(rows, "direction", "SENT");
        assertThat(sent.due60()).isEqualTo(2);
        assertThat(sent.met60()).isEqualTo(1);
        assertThat(sent.due90()).isEqualTo(1);
        PeriodFigures received = row(rows, "direction", "RECEIVED");
        assertThat(received.due60()).isZero();
        assertThat(received.within60().percent()).as("no deadline: empty, not 0 %").isNull();
        assertThat(received.due90()).isEqualTo(1);
        assertThat(received.opened()).isEqualTo(1);
    }

    @Test
    void aPeriodEndingAfterTheAsOfDayCountsOnlyTheDeadlinesThatHavePassed() {
        List<PeriodFigures> quarter = new PeriodStatistics(Limits.CONVENTION).compute(edges(),
                ReportingPeriod.parse("2026-Q4"), new AsOf(D));
        List<PeriodFigures> month = new PeriodStatistics(Limits.CONVENTION).compute(edges(),
                ReportingPeriod.parse("2026-10"), new AsOf(D));

        // C's day 60 (2026-11-01) is in the quarter but after D: not counted
        assertThat(quarter).isEqualTo(month);
    }

    @Test
    void groupsAreThoseOfTheFollowUpStatistics() {
        List<FindingRow> findings = edges();
        List<String> period = new PeriodStatistics(Limits.CONVENTION)
            .compute(findings, ReportingPeriod.parse("2026-10"), new AsOf(D))
            .stream()
            .map(r -> r.group() + "=" + r.value())
            .toList();
        List<String> sinceRecordsBegan = new FollowUpStatistics(Limits.CONVENTION).compute(findings, new AsOf(D))
            .stream()
            .filter(r -> !r.group().equals("start_month"))
            .map(r -> r.group() + "=" + r.value())
            .toList();

        assertThat(period).isEqualTo(sinceRecordsBegan);
    }

}
