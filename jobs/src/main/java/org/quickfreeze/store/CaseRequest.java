package org.quickfreeze.store;

import java.time.LocalDate;
import java.util.Set;

/**
 * One request as stored: a row of a case export that passed validation. Codes are
 * normalised (upper case), optional cells are {@code null}. The last five columns
 * describe European orders: the instrument (the Convention by default), the service
 * provider addressed, emergency ({@code YES}, {@code NO}), the day the enforcing
 * authority was notified and the ground of a refusal.
 */
public record CaseRequest(String register, String requestId, String party, Direction direction, RequestType requestType,
        String counterpart, LocalDate requestedOn, LocalDate acknowledgedOn, LocalDate executedOn, RequestStatus status,
        LocalDate preservedUntil, LocalDate extendedUntil, String followsUp, String caseReference, String offence,
        Set<String> dataTypes, String channel, LocalDate closedOn, Instrument instrument, String addressee,
        String emergency, LocalDate notifiedOn, String refusalGround) {

    public RequestKey key() {
        return new RequestKey(register, requestId);
    }
}
