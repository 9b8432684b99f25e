package org.quickfreeze.store;

/** State of a request in its register, as exported. */
public enum RequestStatus {

    OPEN, EXECUTED, REFUSED, WITHDRAWN, CLOSED;

    public boolean excludesFromAudit() {
        return this == REFUSED || this == WITHDRAWN;
    }

}
