package org.quickfreeze.report.model;

import java.util.List;

/**
 * One input file of the run: how many of its rows were read, loaded, rejected
 * or empty, its SHA-256, and why it was not used when it was not.
 */
public record FileQuality(
        String name,
        String status,
        String reason,
        long rowsRead,
        long rowsLoaded,
        long rowsRejected,
        long rowsEmpty,
        String sha256,
        List<String> unknownColumns) {
}
