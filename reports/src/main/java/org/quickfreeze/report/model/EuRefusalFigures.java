package org.quickfreeze.report.model;

/** One row of the refusals table of the Art. 28 return: refused orders by ground. */
public record EuRefusalFigures(String instrument, String dataType, String addressee, String emergency,
        String refusalGround, long refused) {
}
