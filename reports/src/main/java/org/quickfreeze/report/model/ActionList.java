package org.quickfreeze.report.model;

import java.util.List;

/**
 * One section of the monthly report's "what to do" (the preservations of one state,
 * {@code LAPSED} meaning lapsed in the period), split by direction, each list in the
 * order the reader works through it.
 */
public record ActionList(String state, List<ActionRow> sent, List<ActionRow> received) {

    public long size() {
        return (long) sent.size() + received.size();
    }
}
