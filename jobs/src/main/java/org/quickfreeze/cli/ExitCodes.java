package org.quickfreeze.cli;

/** The exit status of the command line. */
public final class ExitCodes {

    public static final int DONE = 0;

    public static final int FAILED = 1;

    public static final int USAGE = 2;

    public static final int UNUSABLE_INPUT = 3;

    /**
     * The outputs are written, but a mail was not sent: {@code run --restart} sends it.
     */
    public static final int UNDELIVERED = 4;

    private ExitCodes() {
    }

}
