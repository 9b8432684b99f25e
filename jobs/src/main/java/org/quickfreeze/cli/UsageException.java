package org.quickfreeze.cli;

/** The command line is wrong; the message says how, in one line. */
public class UsageException extends Exception {

    public UsageException(String message) {
        super(message, null, false, false);
    }

}
