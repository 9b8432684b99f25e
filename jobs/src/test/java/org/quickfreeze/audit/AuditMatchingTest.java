package org.quickfreeze.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quickfreeze.store.CaseRequest;
import org.quickfreeze.store.RequestKey;
import org.quickfreeze.store.RequestStatus;
import org.quickfreeze.store.RequestType;
import org.quickfreeze.testsupport.Requests;

/**
 * Matching MLA requests to preservations, and the as-of rule, through the whole audit.
 */
class AuditMatchingTest {

    private static final LocalDate D = LocalDate.parse("2026-10-31");

    private final Map<RequestKey, CaseRequest> store = new HashMap<>();

    private Audit.Result audit(CaseRequest... requests) {
        Audit audit = new Audit(Limits.CONVENTION, new AsOf(D));
        for (CaseRequest r : requests) {
            store.put(r.key(), r);
            audit.add(r);
        }
        return audit.result(store::get);
    }

    private static Finding findingOf(Audit.Result result, String requestId) {
        return result.findings()
            .stream()
            .filter(f -> f.preservation().request().requestId().equals(requestId))
            .findFirst()
            .orElseThrow();
    }

    @Test
    void mlaNamingAPreservationOfItsOwnRegisterFollowsItUp() {
        var p = Requests.preservation("P1", "2026-03-01").register("MOJ").build();
        var m = Requests.mla("M1", "2026-04-10").followsUp("P1").build();
        Finding f = findingOf(audit(p, m), "P1");
        assertThat(f.followUp().mla().requestId()).isEqualTo("M1");
        assertThat(f.followUp().link()).isEqualTo(LinkKind.EXPLICIT);
        assertThat(f.delayDays()).isEqualTo(40);
    }

    @Test
    void mlaNamingRegisterSlashIdFollowsUpAPreservationOfAnotherRegister() {
        var p = Requests.preservation("PN-2026/0042", "2026-03-01").build();
        var m = Requests.mla("M1", "2026-03-20").followsUp("CP-POLICE/PN-2026/0042").build();
        Finding f = findingOf(audit(p, m), "PN-2026/0042");
        assertThat(f.followUp().mla().requestId()).isEqualTo("M1");
        assertThat(f.state()).isEqualTo(State.ON_TIME);
    }

    @Test
    void explicitLinkNeedsNoMatchingCounterpartNorLaterDate() {
        var p = Requests.preservation("P1", "2026-03-10").counterpart("FR").build();
        var m = Requests.mla("M1", "2026-03-01").counterpart("US").followsUp("CP-POLICE/P1").build();
        Finding f = findingOf(audit(p, m), "P1");
        assertThat(f.followUp()).isNotNull();
        assertThat(f.delayDays()).isZero();
    }

    @Test
    void mlaWithTheSameCaseReferencePartyDirectionAndCounterpartFollowsUp() {
        var p = Requests.preservation("P1", "2026-03-01").caseReference("DIICOT/12/P/2026").build();
        var m = Requests.mla("M1", "2026-03-15").caseReference("  diicot/12/p/2026 ").build();
        Finding f = findingOf(audit(p, m), "P1");
        assertThat(f.followUp().link()).isEqualTo(LinkKind.CASE_REFERENCE);
        assertThat(f.delayDays()).isEqualTo(14);
    }

    @Test
    void caseReferenceMatchRequiresSamePartyDirectionCounterpartAndNoEarlierRequest() {
        var p = Requests.preservation("P1", "2026-03-01").caseReference("C-1").build();
        var otherCounterpart = Requests.mla("M1", "2026-03-10").caseReference("C-1").counterpart("FR").build();
        var otherDirection = Requests.mla("M2", "2026-03-10").caseReference("C-1").received().build();
        var otherParty = Requests.mla("M3", "2026-03-10").caseReference("C-1").party("MD").build();
        var earlier = Requests.mla("M4", "2026-02-28").caseReference("C-1").build();
        var emptyReference = Requests.preservation("P2", "2026-03-01").caseReference(" ").build();
        var mlaWithEmptyReference = Requests.mla("M5", "2026-03-02").caseReference("").build();
        var result = audit(p, otherCounterpart, otherDirection, otherParty, earlier, emptyReference,
                mlaWithEmptyReference);
        assertThat(findingOf(result, "P1").followUp()).isNull();
        assertThat(findingOf(result, "P2").followUp()).isNull();
    }

    @Test
    void mlaOnTheSameDayAsThePreservationMatchesByCaseReference() {
        var p = Requests.preservation("P1", "2026-03-01").executedOn("2026-03-03").caseReference("C-1").build();
        var m = Requests.mla("M1", "2026-03-01").caseReference("C-1").build();
        Finding f = findingOf(audit(p, m), "P1");
        assertThat(f.followUp().mla().requestId()).isEqualTo("M1");
        assertThat(f.delayDays()).isZero();
    }

    @Test
    void mlaWithFollowsUpIsMatchedExplicitlyOnlyAndReportedWhenItNamesNothing() {
        var p = Requests.preservation("P1", "2026-03-01").caseReference("C-1").build();
        var m = Requests.mla("M1", "2026-03-05").caseReference("C-1").followsUp("CP-POLICE/P404").build();
        var result = audit(p, m);
        assertThat(findingOf(result, "P1").followUp()).isNull();
        assertThat(result.unresolvedLinks()).singleElement().satisfies(link -> {
            assertThat(link.requestId()).isEqualTo("M1");
            assertThat(link.followsUp()).isEqualTo("CP-POLICE/P404");
        });
    }

    @Test
    void linkNamingARequestThatIsNotAPreservationIsUnresolved() {
        var info = Requests.preservation("S1", "2026-03-01").type(RequestType.SUBSCRIBER_INFO).build();
        var m = Requests.mla("M1", "2026-03-05").followsUp("CP-POLICE/S1").build();
        assertThat(audit(info, m).unresolvedLinks()).singleElement()
            .satisfies(link -> assertThat(link.reason()).contains("not a preservation"));
    }

    @Test
    void earliestMlaRequestIsTheFollowUpWhateverItsLinkKind() {
        var p = Requests.preservation("P1", "2026-03-01").caseReference("C-1").build();
        var explicitLater = Requests.mla("M1", "2026-04-01").followsUp("CP-POLICE/P1").build();
        var byCaseEarlier = Requests.mla("M2", "2026-03-20").caseReference("C-1").build();
        Finding f = findingOf(audit(p, explicitLater, byCaseEarlier), "P1");
        assertThat(f.followUp().mla().requestId()).isEqualTo("M2");
        assertThat(f.followUp().link()).isEqualTo(LinkKind.CASE_REFERENCE);
    }

    @Test
    void sameDayTieGoesToTheExplicitLinkThenRegisterThenRequestId() {
        var p = Requests.preservation("P1", "2026-03-01").caseReference("C-1").build();
        var byCase = Requests.mla("A1", "2026-03-20").register("AAA").caseReference("C-1").build();
        var explicitB = Requests.mla("M2", "2026-03-20").register("MOJ").followsUp("CP-POLICE/P1").build();
        var explicitA = Requests.mla("M1", "2026-03-20").register("MOJ").followsUp("CP-POLICE/P1").build();
        Finding f = findingOf(audit(p, byCase, explicitB, explicitA), "P1");
        assertThat(f.followUp().link()).isEqualTo(LinkKind.EXPLICIT);
        assertThat(f.followUp().mla().requestId()).isEqualTo("M1");

        var q = Requests.preservation("P2", "2026-03-01").caseReference("C-2").build();
        var inB = Requests.mla("X1", "2026-03-20").register("BBB").caseReference("C-2").build();
        var inA = Requests.mla("X9", "2026-03-20").register("AAA").caseReference("C-2").build();
        assertThat(findingOf(audit(q, inB, inA), "P2").followUp().mla().register()).isEqualTo("AAA");
    }

    @Test
    void oneMlaRequestMayFollowUpSeveralPreservations() {
        var p1 = Requests.preservation("P1", "2026-03-01").caseReference("C-1").build();
        var p2 = Requests.preservation("P2", "2026-03-05").caseReference("C-1").build();
        var m = Requests.mla("M1", "2026-03-10").caseReference("C-1").build();
        var result = audit(p1, p2, m);
        assertThat(findingOf(result, "P1").delayDays()).isEqualTo(9);
        assertThat(findingOf(result, "P2").delayDays()).isEqualTo(5);
    }

    @Test
    void whatHappensAfterTheAsOfDayHasNotHappenedYet() {
        var later = Requests.preservation("P9", "2026-11-02").build();
        var p = Requests.preservation("P1", "2026-09-01").caseReference("C-1").build();
        var mlaAfterD = Requests.mla("M1", "2026-11-01").caseReference("C-1").build();
        var result = audit(later, p, mlaAfterD);
        assertThat(result.findings()).extracting(f -> f.preservation().request().requestId()).containsExactly("P1");
        assertThat(findingOf(result, "P1").followUp()).isNull();
        assertThat(findingOf(result, "P1").state()).isEqualTo(State.DUE_SOON);
    }

    @Test
    void mlaRequestCountsWhateverItsStatus() {
        var p = Requests.preservation("P1", "2026-03-01").caseReference("C-1").build();
        var refusedMla = Requests.mla("M1", "2026-03-10").caseReference("C-1").status(RequestStatus.REFUSED).build();
        assertThat(findingOf(audit(p, refusedMla), "P1").state()).isEqualTo(State.ON_TIME);
    }

    @Test
    void findingsComeWorstStateFirstThenByStartRegisterAndId() {
        var lapsedLate = Requests.preservation("B", "2026-05-02").build();
        var lapsedEarlyB = Requests.preservation("A2", "2026-05-01").register("REG-B").build();
        var lapsedEarlyA = Requests.preservation("A1", "2026-05-01").register("REG-A").build();
        var pending = Requests.preservation("C", "2026-10-20").build();
        var onTime = Requests.preservation("D", "2026-01-01").caseReference("C-1").build();
        var mla = Requests.mla("M", "2026-01-05").caseReference("C-1").build();
        var excluded = Requests.preservation("E", "2026-01-01").status(RequestStatus.REFUSED).build();
        List<String> order = audit(excluded, onTime, mla, pending, lapsedLate, lapsedEarlyB, lapsedEarlyA).findings()
            .stream()
            .map(f -> f.preservation().request().requestId())
            .toList();
        assertThat(order).containsExactly("A1", "A2", "B", "C", "D", "E");
    }

}
