package org.quickfreeze.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.store.CaseRequest;
import org.quickfreeze.store.RequestStatus;
import org.quickfreeze.testsupport.Requests;

/**
 * The states a month ago (D′ = 2026-09-30) taken from the findings as of D = 2026-10-31
 * equal those of an audit run as of D′ itself, case by case:
 *
 * <pre>
 * N requested 2026-10-05                          not yet requested a month ago
 * X requested 2026-09-01, executed 2026-10-02     start a month ago 09-01 (execution not yet known): age 29, PENDING
 * F S 2026-07-01, MLA 2026-10-10                  AFTER_LIMIT now; a month ago age 91, no MLA yet: LAPSED
 * O S 2026-07-15, extended until 2026-10-15       LAPSED now; a month ago age 77: OVERDUE
 * E S 2026-06-01, extended until 2026-10-15       LAPSED now; a month ago past day 90, extended: EXTENDED
 * T S 2026-08-10, MLA 2026-09-20                  ON_TIME then and now
 * W S 2026-09-10, withdrawn                       EXCLUDED then and now
 * </pre>
 */
class MonthAgoTest {

    private static final LocalDate D = LocalDate.parse("2026-10-31");

    private static final LocalDate MONTH_AGO = LocalDate.parse("2026-09-30");

    private static List<CaseRequest> requests() {
        return List.of(Requests.preservation("N", "2026-10-05").build(),
                Requests.preservation("X", "2026-09-01").executedOn("2026-10-02").build(),
                Requests.preservation("F", "2026-07-01").caseReference("CF").build(),
                Requests.mla("MF", "2026-10-10").caseReference("CF").build(),
                Requests.preservation("O", "2026-07-15").extendedUntil("2026-10-15").build(),
                Requests.preservation("E", "2026-06-01").extendedUntil("2026-10-15").build(),
                Requests.preservation("T", "2026-08-10").caseReference("CT").build(),
                Requests.mla("MT", "2026-09-20").caseReference("CT").build(),
                Requests.preservation("W", "2026-09-10").status(RequestStatus.WITHDRAWN).build());
    }

    private static List<FindingRow> findingsAsOf(LocalDate day) {
        Audit audit = new Audit(Limits.CONVENTION, new AsOf(day));
        requests().forEach(audit::add);
        return audit.result(key -> null).findings().stream().map(Finding::toRow).toList();
    }

    @Test
    void dPrimeIsTheLastDayOfThePreviousMonth() {
        assertThat(MonthAgo.of(D)).isEqualTo(MONTH_AGO);
        assertThat(MonthAgo.of(LocalDate.parse("2026-03-15"))).isEqualTo(LocalDate.parse("2026-02-28"));
        assertThat(MonthAgo.of(LocalDate.parse("2027-01-01"))).isEqualTo(LocalDate.parse("2026-12-31"));
    }

    @Test
    void statesAMonthAgoAreWorkedOutFromTheFindingsOfToday() {
        Map<String, Long> counts = new MonthAgo(Limits.CONVENTION).stateCounts(findingsAsOf(D), MONTH_AGO);

        assertThat(counts).containsEntry("PENDING", 1L)
            .containsEntry("LAPSED", 1L)
            .containsEntry("OVERDUE", 1L)
            .containsEntry("EXTENDED", 1L)
            .containsEntry("ON_TIME", 1L)
            .containsEntry("EXCLUDED", 1L)
            .containsEntry("AFTER_LIMIT", 0L)
            .containsEntry("DUE_SOON", 0L);
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
    }

    @Test
    void statesAMonthAgoEqualThoseOfAnAuditRunAsOfThatDay() {
        Map<String, Long> fromToday = new MonthAgo(Limits.CONVENTION).stateCounts(findingsAsOf(D), MONTH_AGO);
        List<FindingRow> runThen = findingsAsOf(MONTH_AGO);

        for (State state : State.values()) {
            assertThat(fromToday.get(state.name())).as(state.name())
                .isEqualTo(runThen.stream().filter(f -> f.state().equals(state.name())).count());
        }
    }

}
