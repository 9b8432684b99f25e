package org.quickfreeze.report.model;

import java.util.List;

/**
 * What must be done this month: the action lists in the order overdue, due soon,
 * extended, lapsed in the period; and the preservations that lapsed before the period, as
 * counts only.
 */
public record MonthlyActions(List<ActionList> lists, List<LapsedCount> lapsedBeforePeriod) {

    public static final MonthlyActions NONE = new MonthlyActions(List.of(), List.of());

    /** The list of a state, empty when there is none. */
    public ActionList list(String state) {
        return lists.stream()
            .filter(l -> l.state().equals(state))
            .findFirst()
            .orElse(new ActionList(state, List.of(), List.of()));
    }
}
