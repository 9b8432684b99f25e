package org.quickfreeze.ingest.validation;

import org.quickfreeze.ingest.export.Excerpt;

/** A check failed on a row: the reject code and a message a clerk can act on. */
public class RowRejected extends Exception {

    private static final int QUOTED_LENGTH = 60;

    private final RejectCode code;

    public RowRejected(RejectCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /**
     * A cell as a message quotes it: whole when it is short, else its start and its
     * length, so that a message stays a line a clerk reads (the rejects output has the
     * whole row anyway).
     */
    static String quote(String cell) {
        String quoted = "'" + Excerpt.of(cell, QUOTED_LENGTH) + "'";
        return cell.length() <= QUOTED_LENGTH ? quoted : quoted + " (" + cell.length() + " characters)";
    }

    public RejectCode code() {
        return code;
    }

}
