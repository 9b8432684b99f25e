package org.quickfreeze.audit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.quickfreeze.report.model.FindingRow;

/**
 * The state counts as of D′, the last day of the month before D's month, by the same
 * rules as of D. The findings as of D hold all that is needed, by the as-of rule: a
 * preservation requested after D′ is left out; a start S after D′ is an execution not yet
 * known then, so S′ is the day it was requested; a follow-up after D′ had not yet been
 * made (the earliest one is after D′, so no other was made by then).
 */
public final class MonthAgo {

    private final Limits limits;

    private final StateRule stateRule;

    public MonthAgo(Limits limits) {
        this.limits = limits;
        this.stateRule = new StateRule(limits);
    }

    /** D′: the last day of the month before D's month. */
    public static LocalDate of(LocalDate asOfDay) {
        return asOfDay.withDayOfMonth(1).minusDays(1);
    }

    /** Every state, zero included, in findings order. */
    public Map<String, Long> stateCounts(Iterable<FindingRow> findings, LocalDate day) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (State s : State.values()) {
            counts.put(s.name(), 0L);
        }
        for (FindingRow f : findings) {
            if (f.requestedOn().isAfter(day)) {
                continue;
            }
            LocalDate start = f.startOn().isAfter(day) ? f.requestedOn() : f.startOn();
            LocalDate followUpOn = f.followUpOn() != null && !f.followUpOn().isAfter(day) ? f.followUpOn() : null;
            State state = stateRule.state(State.valueOf(f.state()) == State.EXCLUDED, start, followUpOn,
                    f.extendedUntil(), limits.maxPreservationDays(f), day);
            counts.merge(state.name(), 1L, Long::sum);
        }
        return counts;
    }

}
