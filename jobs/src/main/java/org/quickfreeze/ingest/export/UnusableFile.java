package org.quickfreeze.ingest.export;

/** A file that cannot be used at all: it is not loaded, and the reason is reported. */
public class UnusableFile extends Exception {

    /**
     * The logger of what a library said of a file that cannot be read: its words are for
     * whoever maintains the installation, so it writes to the log file only, never to the
     * console (see {@code logback-spring.xml}).
     */
    public static final String DETAILS_LOGGER = "org.quickfreeze.details";

    public UnusableFile(String reason) {
        super(reason, null, false, false);
    }

}
