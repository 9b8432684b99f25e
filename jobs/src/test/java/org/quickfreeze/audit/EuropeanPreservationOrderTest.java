package org.quickfreeze.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.FollowUpFigures;
import org.quickfreeze.store.CaseRequest;
import org.quickfreeze.store.Instrument;
import org.quickfreeze.testsupport.Requests;

/**
 * A European Preservation Order ends after 60 days unless a production order follows, and
 * may be extended once by 30 days (Reg. 2023/1543 Art. 11(1)): its own L2 is 60, or 90
 * once extended. All preserve from 2026-01-01.
 */
class EuropeanPreservationOrderTest {

    private static final LocalDate S = LocalDate.parse("2026-01-01");

    private static List<Finding> audit(LocalDate day, CaseRequest... requests) {
        Audit audit = new Audit(Limits.CONVENTION, new AsOf(day));
        List.of(requests).forEach(audit::add);
        return audit.result(key -> null).findings();
    }

    private static Requests order() {
        return Requests.preservation("PR-1", S.toString()).instrument(Instrument.EPOC_PR).caseReference("EU-1");
    }

    private static CaseRequest production(int day) {
        return Requests.mla("P-1", S.plusDays(day).toString())
            .instrument(Instrument.EPOC)
            .caseReference("EU-1")
            .build();
    }

    @Test
    void notExtendedOnDay60IsDueSoonWithNoDayLeft() {
        Finding f = audit(S.plusDays(60), order().build()).get(0);

        assertThat(f.state()).isEqualTo(State.DUE_SOON);
        assertThat(f.daysLeft()).isZero();
    }

    @Test
    void notExtendedOnDay61HasLapsedAndWasNeverOverdue() {
        for (int day = 61; day <= 90; day++) {
            assertThat(audit(S.plusDays(day), order().build()).get(0).state()).as("day " + day).isEqualTo(State.LAPSED);
        }
    }

    @Test
    void extendedOnDay90IsOverdueAndOnDay91HasLapsedWhenTheExtensionEnded() {
        Requests extended = order().extendedUntil(S.plusDays(90).toString());

        assertThat(audit(S.plusDays(61), extended.build()).get(0).state()).isEqualTo(State.OVERDUE);
        assertThat(audit(S.plusDays(90), extended.build()).get(0).state()).isEqualTo(State.OVERDUE);
        assertThat(audit(S.plusDays(91), extended.build()).get(0).state()).isEqualTo(State.LAPSED);
    }

    @Test
    void extendedBeyondDay91IsExtended() {
        Requests extended = order().extendedUntil(S.plusDays(120).toString());

        assertThat(audit(S.plusDays(91), extended.build()).get(0).state()).isEqualTo(State.EXTENDED);
    }

    @Test
    void productionOrderOnDay61IsAfterTheLimitWithoutExtensionAndLateWithOne() {
        LocalDate d = S.plusDays(100);

        Finding plain = audit(d, order().build(), production(61)).get(0);
        Finding extended = audit(d, order().extendedUntil(S.plusDays(90).toString()).build(), production(61)).get(0);

        assertThat(plain.followUp().mla().requestId()).isEqualTo("P-1");
        assertThat(plain.state()).isEqualTo(State.AFTER_LIMIT);
        assertThat(extended.state()).isEqualTo(State.LATE);
        assertThat(audit(d, order().build(), production(60)).get(0).state()).isEqualTo(State.ON_TIME);
    }

    @Test
    void itsOwnLimitCountsInTheRatesTheTrendAndTheDayItEnded() {
        LocalDate d = S.plusDays(70);
        List<FindingRow> rows = audit(d, order().build(), Requests.preservation("CONV", S.toString()).build()).stream()
            .map(Finding::toRow)
            .toList();

        FollowUpFigures all = new FollowUpStatistics(Limits.CONVENTION).compute(rows, new AsOf(d)).get(0);
        assertThat(all.matured90()).as("the order's 60 days have passed, the Convention request's 90 not").isEqualTo(1);
        FindingRow lapsed = rows.stream().filter(r -> r.requestId().equals("PR-1")).findFirst().orElseThrow();
        assertThat(new ActionLists(Limits.CONVENTION).endedOn(lapsed)).isEqualTo(S.plusDays(60));
        var march = new BacklogTrend(Limits.CONVENTION).compute(rows, new AsOf(d)).get(11);
        assertThat(march.month()).hasToString("2026-03");
        assertThat(march.lapsed()).as("lapsed on 2026-03-02").isEqualTo(1);
        assertThat(march.overdue()).as("only the Convention request").isEqualTo(1);
    }

}
