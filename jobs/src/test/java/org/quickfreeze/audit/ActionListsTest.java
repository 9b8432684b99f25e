package org.quickfreeze.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quickfreeze.report.model.ActionList;
import org.quickfreeze.report.model.ActionRow;
import org.quickfreeze.report.model.LapsedCount;
import org.quickfreeze.report.model.MonthlyActions;
import org.quickfreeze.run.ReportingPeriod;
import org.quickfreeze.testsupport.Requests;

/**
 * The monthly action lists of period 2026-10 as of 2026-10-31:
 *
 * <pre>
 * O1 SENT     S 2026-08-20  OVERDUE, 18 days to day 90
 * O2 SENT     S 2026-08-10  OVERDUE,  8 days to day 90
 * O0 SENT     S 2026-08-10  OVERDUE,  8 days, register AAA: before O2
 * O3 RECEIVED S 2026-08-15  OVERDUE, 13 days
 * DS SENT     S 2026-09-10  DUE_SOON, 9 days left
 * X1 SENT     S 2026-06-01  EXTENDED until 2026-11-20, 20 days to its end
 * X2 SENT     S 2026-05-01  EXTENDED until 2026-11-05,  5 days
 * L1 SENT     S 2026-07-10  LAPSED, ended 2026-10-08, in the period
 * L2 SENT     S 2026-07-05  LAPSED, ended 2026-10-03, in the period
 * L3 RECEIVED S 2025-03-01  LAPSED, ended 2025-05-30, before the period
 * L4 SENT     S 2026-05-01  LAPSED, extended until 2026-09-15 (later than day 90): ended 09-15, before the period
 * </pre>
 */
class ActionListsTest {

    private static final LocalDate D = LocalDate.parse("2026-10-31");

    private static MonthlyActions actions() {
        Audit audit = new Audit(Limits.CONVENTION, new AsOf(D));
        List.of(Requests.preservation("O1", "2026-08-20").build(), Requests.preservation("O2", "2026-08-10").build(),
                Requests.preservation("O0", "2026-08-10").register("AAA").build(),
                Requests.preservation("O3", "2026-08-15").received().build(),
                Requests.preservation("DS", "2026-09-10").build(),
                Requests.preservation("X1", "2026-06-01").extendedUntil("2026-11-20").build(),
                Requests.preservation("X2", "2026-05-01").extendedUntil("2026-11-05").build(),
                Requests.preservation("L1", "2026-07-10").build(), Requests.preservation("L2", "2026-07-05").build(),
                Requests.preservation("L3", "2025-03-01").received().build(),
                Requests.preservation("L4", "2026-05-01").extendedUntil("2026-09-15").build())
            .forEach(audit::add);
        var findings = audit.result(key -> null).findings().stream().map(Finding::toRow).toList();
        return new ActionLists(Limits.CONVENTION).compute(findings, ReportingPeriod.parse("2026-10"), new AsOf(D));
    }

    private static List<String> ids(List<ActionRow> rows) {
        return rows.stream().map(a -> a.finding().requestId()).toList();
    }

    @Test
    void sectionsComeInOrderOfUrgencyEachSplitByDirection() {
        assertThat(actions().lists()).extracting(ActionList::state)
            .containsExactly("OVERDUE", "DUE_SOON", "EXTENDED", "LAPSED");
    }

    @Test
    void overdueFewestDaysToDay90FirstThenStartRegisterAndRequestId() {
        ActionList overdue = actions().list("OVERDUE");

        assertThat(ids(overdue.sent())).containsExactly("O0", "O2", "O1");
        assertThat(overdue.sent()).extracting(ActionRow::daysLeft).containsExactly(8, 8, 18);
        assertThat(ids(overdue.received())).containsExactly("O3");
        assertThat(overdue.sent().get(2).day60()).isEqualTo(LocalDate.parse("2026-10-19"));
        assertThat(overdue.sent().get(2).day90()).isEqualTo(LocalDate.parse("2026-11-18"));
    }

    @Test
    void extendedEarliestEndOfExtensionFirstWithTheDaysToIt() {
        ActionList extended = actions().list("EXTENDED");

        assertThat(ids(extended.sent())).containsExactly("X2", "X1");
        assertThat(extended.sent()).extracting(ActionRow::daysLeft).containsExactly(5, 20);
        assertThat(extended.sent()).extracting(ActionRow::day90)
            .containsExactly(LocalDate.parse("2026-11-05"), LocalDate.parse("2026-11-20"));
    }

    @Test
    void onlyTheLapsesOfThePeriodAreListedEarliestEndFirstAndOlderOnesAreCountedByYearAndDirection() {
        MonthlyActions actions = actions();

        assertThat(ids(actions.list("LAPSED").sent())).containsExactly("L2", "L1");
        assertThat(actions.list("LAPSED").sent()).extracting(ActionRow::endedOn)
            .containsExactly(LocalDate.parse("2026-10-03"), LocalDate.parse("2026-10-08"));
        assertThat(actions.list("LAPSED").received()).isEmpty();
        assertThat(actions.lapsedBeforePeriod()).containsExactly(new LapsedCount(2025, "RECEIVED", 1),
                new LapsedCount(2026, "SENT", 1));
        assertThat(ids(actions.list("DUE_SOON").sent())).containsExactly("DS");
    }

}
