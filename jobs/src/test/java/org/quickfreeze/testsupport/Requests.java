package org.quickfreeze.testsupport;

import java.time.LocalDate;
import java.util.Set;

import org.quickfreeze.store.CaseRequest;
import org.quickfreeze.store.Direction;
import org.quickfreeze.store.Instrument;
import org.quickfreeze.store.RequestStatus;
import org.quickfreeze.store.RequestType;

/** Builds requests for the audit tests: a preservation or an MLA request of party RO. */
public final class Requests {

    private String register = "CP-POLICE";

    private String requestId;

    private String party = "RO";

    private Direction direction = Direction.SENT;

    private RequestType type;

    private String counterpart = "DE";

    private LocalDate requestedOn;

    private LocalDate acknowledgedOn;

    private LocalDate executedOn;

    private RequestStatus status = RequestStatus.OPEN;

    private LocalDate extendedUntil;

    private String followsUp;

    private String caseReference;

    private Instrument instrument = Instrument.BUDAPEST;

    private Set<String> dataTypes = Set.of();

    private String addressee;

    private String emergency;

    private LocalDate notifiedOn;

    private String refusalGround;

    private Requests(RequestType type, String requestId, String requestedOn) {
        this.type = type;
        this.requestId = requestId;
        this.requestedOn = LocalDate.parse(requestedOn);
    }

    public static Requests preservation(String requestId, String requestedOn) {
        return new Requests(RequestType.PRESERVATION, requestId, requestedOn);
    }

    public static Requests mla(String requestId, String requestedOn) {
        return new Requests(RequestType.MLA_STORED_DATA, requestId, requestedOn).register("MOJ");
    }

    public Requests register(String value) {
        register = value;
        return this;
    }

    public Requests party(String value) {
        party = value;
        return this;
    }

    public Requests received() {
        direction = Direction.RECEIVED;
        return this;
    }

    public Requests type(RequestType value) {
        type = value;
        return this;
    }

    public Requests counterpart(String value) {
        counterpart = value;
        return this;
    }

    public Requests acknowledgedOn(String day) {
        acknowledgedOn = LocalDate.parse(day);
        return this;
    }

    public Requests executedOn(String day) {
        executedOn = LocalDate.parse(day);
        return this;
    }

    public Requests status(RequestStatus value) {
        status = value;
        return this;
    }

    public Requests extendedUntil(String day) {
        extendedUntil = LocalDate.parse(day);
        return this;
    }

    public Requests followsUp(String value) {
        followsUp = value;
        return this;
    }

    public Requests caseReference(String value) {
        caseReference = value;
        return this;
    }

    /** A European order of this instrument, of the type it implies. */
    public Requests instrument(Instrument value) {
        instrument = value;
        type = value.requestType() == null ? type : value.requestType();
        return this;
    }

    public Requests dataTypes(String... codes) {
        dataTypes = new java.util.LinkedHashSet<>(java.util.List.of(codes));
        return this;
    }

    public Requests addressee(String value) {
        addressee = value;
        return this;
    }

    public Requests emergency(String value) {
        emergency = value;
        return this;
    }

    public Requests notifiedOn(String day) {
        notifiedOn = LocalDate.parse(day);
        return this;
    }

    public Requests refusalGround(String value) {
        refusalGround = value;
        return this;
    }

    public CaseRequest build() {
        return new CaseRequest(register, requestId, party, direction, type, counterpart, requestedOn, acknowledgedOn,
                executedOn, status, null, extendedUntil, followsUp, caseReference, null, dataTypes, null, null,
                instrument, addressee, emergency, notifiedOn, refusalGround);
    }

}
