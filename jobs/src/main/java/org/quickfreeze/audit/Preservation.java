package org.quickfreeze.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.quickfreeze.store.CaseRequest;
import org.quickfreeze.store.RequestKey;

/**
 * A request of the preservation family (Art. 29, Art. 30) requested on or before D, seen
 * as of D. Its start S is the day preservation was effected when known, else the day it
 * was requested.
 */
public record Preservation(CaseRequest request, @Nullable LocalDate executedOn) {

    public static Preservation asOf(CaseRequest request, AsOf asOf) {
        return new Preservation(request, asOf.known(request.executedOn()));
    }

    public LocalDate start() {
        return executedOn != null ? executedOn : request.requestedOn();
    }

    public RequestKey key() {
        return request.key();
    }

    public boolean excluded() {
        return request.status().excludesFromAudit();
    }
}
