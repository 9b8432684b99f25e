package org.quickfreeze.ingest;

/** A check failed on a row: the reject code and a message a clerk can act on. */
public class RowRejected extends Exception {

    private final RejectCode code;

    public RowRejected(RejectCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public RejectCode code() {
        return code;
    }
}
