package org.quickfreeze.ingest.export;

/** A file that cannot be used at all: it is not loaded, and the reason is reported. */
public class UnusableFile extends Exception {

    public UnusableFile(String reason) {
        super(reason, null, false, false);
    }

}
