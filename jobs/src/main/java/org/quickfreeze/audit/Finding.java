package org.quickfreeze.audit;

import java.time.LocalDate;
import java.util.Comparator;

import org.jspecify.annotations.Nullable;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.store.CaseRequest;

/**
 * What the audit says of one preservation as of D: its follow-up if any, the delay
 * {@code max(0, days(S, F))}, its age {@code days(S, D)} and its state.
 */
public record Finding(Preservation preservation, @Nullable FollowUp followUp, int ageDays, int daysLeft, State state) {

    /**
     * The order of the findings: worst state first, then start, register, request id.
     * Written out rather than chained from key extractors: sorting a million findings
     * compares some twenty million pairs.
     */
    public static final Comparator<Finding> ORDER = Finding::compareInOrder;

    private static int compareInOrder(Finding a, Finding b) {
        int order = a.state.compareTo(b.state);
        if (order == 0) {
            order = a.start().compareTo(b.start());
        }
        if (order == 0) {
            CaseRequest x = a.preservation.request();
            CaseRequest y = b.preservation.request();
            order = x.register().compareTo(y.register());
            if (order == 0) {
                order = x.requestId().compareTo(y.requestId());
            }
        }
        return order;
    }

    public LocalDate start() {
        return preservation.start();
    }

    public boolean followedUp() {
        return followUp != null;
    }

    /** {@code null} when there is no follow-up. */
    public Integer delayDays() {
        return followUp == null ? null : Math.max(0, Days.between(start(), followUp.on()));
    }

    public FindingRow toRow() {
        CaseRequest r = preservation.request();
        boolean awaiting = state.isAwaitingFollowUp();
        return new FindingRow(r.register(), r.requestId(), r.party(), r.direction().name(), r.counterpart(),
                r.requestType().name(), r.requestedOn(), start(), followUp == null ? null : followUp.mla().register(),
                followUp == null ? null : followUp.mla().requestId(), followUp == null ? null : followUp.on(),
                followUp == null ? null : followUp.link().name(), delayDays(), awaiting ? ageDays : null,
                awaiting ? daysLeft : null, state.name(), state.severity(), r.caseReference(), r.offence(),
                r.extendedUntil(), r.instrument().name());
    }
}
