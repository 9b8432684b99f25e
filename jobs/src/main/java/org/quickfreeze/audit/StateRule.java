package org.quickfreeze.audit;

/**
 * Gives each preservation exactly one state as of D. The conditions are tested
 * in the order of the compliance rules; the first that holds wins.
 */
public final class StateRule {

    private final Limits limits;

    public StateRule(Limits limits) {
        this.limits = limits;
    }

    public Finding classify(Preservation p, FollowUp followUp, AsOf asOf) {
        int age = Days.between(p.start(), asOf.day());
        int daysLeft = limits.followUpDays() - age;
        return new Finding(p, followUp, age, daysLeft, state(p, followUp, age, daysLeft, asOf));
    }

    private State state(Preservation p, FollowUp followUp, int age, int daysLeft, AsOf asOf) {
        if (p.excluded()) {
            return State.EXCLUDED;
        }
        if (followUp != null) {
            int delay = Math.max(0, Days.between(p.start(), followUp.on()));
            if (delay <= limits.followUpDays()) {
                return State.ON_TIME;
            }
            return delay <= limits.maxPreservationDays() ? State.LATE : State.AFTER_LIMIT;
        }
        if (daysLeft > limits.dueSoonDays()) {
            return State.PENDING;
        }
        if (daysLeft >= 0) {
            return State.DUE_SOON;
        }
        if (age <= limits.maxPreservationDays()) {
            return State.OVERDUE;
        }
        var extendedUntil = p.request().extendedUntil();
        return extendedUntil != null && !extendedUntil.isBefore(asOf.day()) ? State.EXTENDED : State.LAPSED;
    }
}
