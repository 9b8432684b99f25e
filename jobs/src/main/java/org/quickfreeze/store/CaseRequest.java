package org.quickfreeze.store;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One request as stored: a row of a case export that passed validation. Codes are
 * normalised (upper case), optional cells are {@code null}. The last five columns
 * describe European orders: the instrument (the Convention by default), the service
 * provider addressed, emergency ({@code YES}, {@code NO}), the day the enforcing
 * authority was notified and the ground of a refusal.
 */
public record CaseRequest(String register, String requestId, String party, Direction direction, RequestType requestType,
        String counterpart, LocalDate requestedOn, @Nullable LocalDate acknowledgedOn, @Nullable LocalDate executedOn,
        RequestStatus status, @Nullable LocalDate preservedUntil, @Nullable LocalDate extendedUntil,
        @Nullable String followsUp, @Nullable String caseReference, @Nullable String offence, Set<String> dataTypes,
        @Nullable String channel, @Nullable LocalDate closedOn, Instrument instrument, @Nullable String addressee,
        @Nullable String emergency, @Nullable LocalDate notifiedOn, @Nullable String refusalGround) {

    public RequestKey key() {
        return new RequestKey(register, requestId);
    }
}
