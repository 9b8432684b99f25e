package org.quickfreeze.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.quickfreeze.store.CaseRequest;
import org.quickfreeze.store.RequestStatus;
import org.quickfreeze.testsupport.Requests;

class StateRuleTest {

    private static final LocalDate D = LocalDate.parse("2026-10-31");

    private final StateRule rule = new StateRule(Limits.CONVENTION);

    private Finding unanswered(int age) {
        return unanswered(Requests.preservation("P1", D.minusDays(age).toString()).build());
    }

    private Finding unanswered(CaseRequest p) {
        return rule.classify(Preservation.asOf(p, new AsOf(D)), null, new AsOf(D));
    }

    private Finding answeredAfter(int delay) {
        Preservation p = Preservation.asOf(Requests.preservation("P1", "2026-01-01").build(), new AsOf(D));
        FollowUp f = new FollowUp(Requests.mla("M1", LocalDate.parse("2026-01-01").plusDays(delay).toString()).build(),
                LinkKind.EXPLICIT);
        return rule.classify(p, f, new AsOf(D));
    }

    @Test
    void preservationWithoutMlaAfter45DaysIsPending() {
        Finding f = unanswered(45);
        assertThat(f.state()).isEqualTo(State.PENDING);
        assertThat(f.daysLeft()).isEqualTo(15);
    }

    @Test
    void preservationWith14DaysLeftIsDueSoon() {
        Finding f = unanswered(46);
        assertThat(f.daysLeft()).isEqualTo(14);
        assertThat(f.state()).isEqualTo(State.DUE_SOON);
        assertThat(f.state().severity()).isEqualTo("notice");
    }

    @Test
    void preservationWithoutMlaOnDay60IsStillDueSoon() {
        Finding f = unanswered(60);
        assertThat(f.daysLeft()).isZero();
        assertThat(f.state()).isEqualTo(State.DUE_SOON);
    }

    @Test
    void preservationWithoutMlaAfter61DaysIsOverdue() {
        Finding f = unanswered(61);
        assertThat(f.daysLeft()).isEqualTo(-1);
        assertThat(f.state()).isEqualTo(State.OVERDUE);
        assertThat(f.state().severity()).isEqualTo("warning");
    }

    @Test
    void preservationWithoutMlaOnDay90IsOverdueAndOnDay91Lapsed() {
        assertThat(unanswered(90).state()).isEqualTo(State.OVERDUE);
        Finding lapsed = unanswered(91);
        assertThat(lapsed.state()).isEqualTo(State.LAPSED);
        assertThat(lapsed.state().severity()).isEqualTo("critical");
    }

    @Test
    void extensionRunningOnTheAsOfDayMakesAnOldPreservationExtended() {
        CaseRequest p = Requests.preservation("P1", D.minusDays(120).toString()).extendedUntil(D.toString()).build();
        assertThat(unanswered(p).state()).isEqualTo(State.EXTENDED);
    }

    @Test
    void extensionThatEndedTheDayBeforeDoesNotSaveAPreservationFromLapsing() {
        CaseRequest p = Requests.preservation("P1", D.minusDays(120).toString())
            .extendedUntil(D.minusDays(1).toString())
            .build();
        assertThat(unanswered(p).state()).isEqualTo(State.LAPSED);
    }

    @Test
    void extensionDoesNotMatterBeforeDay91() {
        CaseRequest p = Requests.preservation("P1", D.minusDays(70).toString()).extendedUntil("2027-01-01").build();
        assertThat(unanswered(p).state()).isEqualTo(State.OVERDUE);
    }

    @Test
    void refusedAndWithdrawnPreservationsAreExcludedEvenWhenFollowedUp() {
        CaseRequest refused = Requests.preservation("P1", "2026-01-01").status(RequestStatus.REFUSED).build();
        CaseRequest withdrawn = Requests.preservation("P2", "2026-01-01").status(RequestStatus.WITHDRAWN).build();
        assertThat(unanswered(refused).state()).isEqualTo(State.EXCLUDED);
        FollowUp f = new FollowUp(Requests.mla("M1", "2026-01-10").build(), LinkKind.EXPLICIT);
        assertThat(rule.classify(Preservation.asOf(withdrawn, new AsOf(D)), f, new AsOf(D)).state())
            .isEqualTo(State.EXCLUDED);
    }

    @Test
    void followUpOnDay60IsOnTimeAndOnDay61Late() {
        assertThat(answeredAfter(60).state()).isEqualTo(State.ON_TIME);
        assertThat(answeredAfter(61).state()).isEqualTo(State.LATE);
    }

    @Test
    void followUpOnDay90IsLateAndOnDay91AfterTheLimit() {
        assertThat(answeredAfter(90).state()).isEqualTo(State.LATE);
        assertThat(answeredAfter(91).state()).isEqualTo(State.AFTER_LIMIT);
        assertThat(answeredAfter(91).delayDays()).isEqualTo(91);
    }

    @Test
    void followUpRequestedBeforeTheStartCountsAsNoDelay() {
        Preservation p = Preservation.asOf(Requests.preservation("P1", "2026-01-01").executedOn("2026-01-10").build(),
                new AsOf(D));
        FollowUp f = new FollowUp(Requests.mla("M1", "2026-01-05").build(), LinkKind.EXPLICIT);
        Finding finding = rule.classify(p, f, new AsOf(D));
        assertThat(finding.delayDays()).isZero();
        assertThat(finding.state()).isEqualTo(State.ON_TIME);
    }

    @Test
    void startIsTheDayPreservationWasEffectedWhenKnownByTheAsOfDay() {
        CaseRequest executed = Requests.preservation("P1", "2026-08-01").executedOn("2026-08-05").build();
        assertThat(Preservation.asOf(executed, new AsOf(D)).start()).isEqualTo(LocalDate.parse("2026-08-05"));
        CaseRequest executedLater = Requests.preservation("P2", "2026-10-30").executedOn("2026-11-02").build();
        assertThat(Preservation.asOf(executedLater, new AsOf(D)).start()).isEqualTo(LocalDate.parse("2026-10-30"));
    }

    @Test
    void findingRowLeavesAgeAndDaysLeftEmptyOnceFollowedUpButKeepsTheFollowUpWhenExcluded() {
        var onTime = answeredAfter(10).toRow();
        assertThat(onTime.ageDays()).isNull();
        assertThat(onTime.daysLeft()).isNull();
        assertThat(onTime.followUpId()).isEqualTo("M1");
        assertThat(onTime.link()).isEqualTo("EXPLICIT");

        CaseRequest refused = Requests.preservation("P1", "2026-01-01").status(RequestStatus.REFUSED).build();
        FollowUp f = new FollowUp(Requests.mla("M9", "2026-01-20").build(), LinkKind.CASE_REFERENCE);
        var excluded = rule.classify(Preservation.asOf(refused, new AsOf(D)), f, new AsOf(D)).toRow();
        assertThat(excluded.state()).isEqualTo("EXCLUDED");
        assertThat(excluded.followUpOn()).isEqualTo(LocalDate.parse("2026-01-20"));
        assertThat(excluded.delayDays()).isEqualTo(19);
        assertThat(excluded.ageDays()).isNull();
        assertThat(excluded.severity()).isNull();

        var pending = unanswered(3).toRow();
        assertThat(pending.ageDays()).isEqualTo(3);
        assertThat(pending.daysLeft()).isEqualTo(57);
        assertThat(pending.followUpRegister()).isNull();
        assertThat(pending.delayDays()).isNull();
    }

}
