package org.quickfreeze.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.FollowUpFigures;
import org.quickfreeze.store.RequestStatus;
import org.quickfreeze.testsupport.Requests;
import org.quickfreeze.testsupport.StatisticsScenario;

class FollowUpStatisticsTest {

    private final List<FollowUpFigures> rows = new FollowUpStatistics(Limits.CONVENTION)
        .compute(StatisticsScenario.findings(), new AsOf(StatisticsScenario.D));

    private FollowUpFigures row(String group, String value) {
        return rows.stream()
            .filter(r -> r.group().equals(group) && r.value().equals(value))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row " + group + "=" + value));
    }

    @Test
    void allRowCountsEveryPreservationButTheExcludedOne() {
        FollowUpFigures all = row("all", "all");
        assertThat(all.preservations()).isEqualTo(6);
        assertThat(all.followedUp()).isEqualTo(3);
        assertThat(all.flagged()).isEqualTo(1);
        assertThat(all.dueSoon()).isEqualTo(1);
    }

    @Test
    void ratesAreOverTheMaturedCohortsOnly() {
        FollowUpFigures all = row("all", "all");
        // matured 60: S + 60 <= D, i.e. P1, P2, P3; within 60: P1 only
        assertThat(all.matured60()).isEqualTo(3);
        assertThat(all.within60().percent()).isEqualByComparingTo("33.3");
        // matured 90: P1, P2, P3; within 90: P1 and P2
        assertThat(all.matured90()).isEqualTo(3);
        assertThat(all.within90().percent()).isEqualByComparingTo("66.7");
    }

    @Test
    void delayFiguresAreOverTheFollowedUpPreservations() {
        var delay = row("all", "all").delay();
        // 20, 20, 75: mean 38.3, p90 h = 1.8: 20 + 0.8 × 55 = 64
        assertThat(delay.n()).isEqualTo(3);
        assertThat(delay.min()).isEqualTo(20);
        assertThat(delay.median()).isEqualByComparingTo("20.0");
        assertThat(delay.mean()).isEqualByComparingTo("38.3");
        assertThat(delay.p90()).isEqualByComparingTo("64.0");
        assertThat(delay.max()).isEqualTo(75);
    }

    @Test
    void groupsByDirectionCounterpartTypeAndMonthOfStart() {
        assertThat(row("direction", "SENT").preservations()).isEqualTo(4);
        assertThat(row("direction", "RECEIVED").preservations()).isEqualTo(2);
        assertThat(row("counterpart", "DE").followedUp()).isEqualTo(3);
        assertThat(row("counterpart", "FR").flagged()).isEqualTo(1);
        assertThat(row("request_type", "TRAFFIC_DISCLOSURE").dueSoon()).isEqualTo(1);
        assertThat(row("request_type", "PRESERVATION").preservations()).isEqualTo(5);
        assertThat(row("start_month", "2026-09").preservations()).isEqualTo(3);
        assertThat(rows).extracting(FollowUpFigures::group)
            .containsSubsequence("all", "direction", "counterpart", "request_type", "start_month");
    }

    @Test
    void counterpartWhosePreservationsAreAllWithdrawnIsListedWithNoneCounted() {
        // P7 (DE) is refused; a withdrawn one for IT in March is IT's only preservation
        Audit audit = new Audit(Limits.CONVENTION, new AsOf(StatisticsScenario.D));
        audit.add(Requests.preservation("P8", "2026-03-02").counterpart("IT").status(RequestStatus.WITHDRAWN).build());
        List<FindingRow> findings = new ArrayList<>(StatisticsScenario.findings());
        findings.addAll(audit.result(key -> null).findings().stream().map(Finding::toRow).toList());

        List<FollowUpFigures> withItaly = new FollowUpStatistics(Limits.CONVENTION).compute(findings,
                new AsOf(StatisticsScenario.D));

        FollowUpFigures italy = withItaly.stream()
            .filter(r -> r.group().equals("counterpart") && r.value().equals("IT"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row for IT"));
        assertThat(italy.preservations()).isZero();
        assertThat(italy.matured60()).isZero();
        assertThat(italy.within60().percent()).isNull();
        assertThat(italy.delay().n()).isZero();
        assertThat(withItaly)
            .anyMatch(r -> r.group().equals("start_month") && r.value().equals("2026-03") && r.preservations() == 0);
        assertThat(withItaly).filteredOn(r -> r.group().equals("all"))
            .singleElement()
            .extracting(FollowUpFigures::preservations)
            .isEqualTo(6L);
    }

    @Test
    void groupWithNothingMaturedHasEmptyRatesNotZero() {
        FollowUpFigures september = row("start_month", "2026-09");
        assertThat(september.matured60()).isZero();
        assertThat(september.within60().percent()).isNull();
        assertThat(september.within90().percent()).isNull();
    }

    @Test
    void receivedPreservationsWithoutFollowUpHaveNoDelayFigures() {
        var received = row("direction", "RECEIVED");
        assertThat(received.followedUp()).isZero();
        assertThat(received.delay().median()).isNull();
    }

}
