package org.quickfreeze.audit;

import java.time.LocalDate;
import java.util.Comparator;

import org.quickfreeze.store.CaseRequest;

/**
 * The MLA request that follows up a preservation: the earliest one, ties broken by link
 * kind ({@code EXPLICIT} first), then register, then request id.
 */
public record FollowUp(CaseRequest mla, LinkKind link) {

    static final Comparator<FollowUp> PRECEDENCE = Comparator.comparing(FollowUp::on)
        .thenComparing(FollowUp::link)
        .thenComparing(f -> f.mla().register())
        .thenComparing(f -> f.mla().requestId());

    /** F: the day the follow-up was requested. */
    public LocalDate on() {
        return mla.requestedOn();
    }

    static FollowUp earlier(FollowUp a, FollowUp b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return PRECEDENCE.compare(a, b) <= 0 ? a : b;
    }
}
