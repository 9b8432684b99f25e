package org.quickfreeze.output;

import java.io.PrintStream;

/** Where the command line prints what a person reads: the streams it was started with. */
public record Console(PrintStream out, PrintStream err) {

    public static Console system() {
        return new Console(System.out, System.err);
    }
}
