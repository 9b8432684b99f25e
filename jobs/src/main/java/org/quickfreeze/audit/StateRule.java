package org.quickfreeze.audit;

import java.time.LocalDate;

/**
 * Gives each preservation exactly one state as of D. The conditions are tested in the
 * order of the compliance rules; the first that holds wins.
 */
public final class StateRule {

    private final Limits limits;

    public StateRule(Limits limits) {
        this.limits = limits;
    }

    public Finding classify(Preservation p, FollowUp followUp, AsOf asOf) {
        int age = Days.between(p.start(), asOf.day());
        int daysLeft = limits.followUpDays() - age;
        var r = p.request();
        State state = state(p.excluded(), p.start(), followUp == null ? null : followUp.on(), r.extendedUntil(),
                limits.maxPreservationDays(r.instrument(), r.extendedUntil()), asOf.day());
        return new Finding(p, followUp, age, daysLeft, state);
    }

    /**
     * The state of a preservation started on {@code start} and followed up on
     * {@code followUpOn} ({@code null}: not yet), as of {@code day}, with its own maximum
     * preservation days {@code l2}.
     */
    public State state(boolean excluded, LocalDate start, LocalDate followUpOn, LocalDate extendedUntil, int l2,
            LocalDate day) {
        if (excluded) {
            return State.EXCLUDED;
        }
        if (followUpOn != null) {
            int delay = Math.max(0, Days.between(start, followUpOn));
            if (delay <= limits.followUpDays()) {
                return State.ON_TIME;
            }
            return delay <= l2 ? State.LATE : State.AFTER_LIMIT;
        }
        int age = Days.between(start, day);
        int daysLeft = limits.followUpDays() - age;
        if (daysLeft > limits.dueSoonDays()) {
            return State.PENDING;
        }
        if (daysLeft >= 0) {
            return State.DUE_SOON;
        }
        if (age <= l2) {
            return State.OVERDUE;
        }
        return extendedUntil != null && !extendedUntil.isBefore(day) ? State.EXTENDED : State.LAPSED;
    }

}
