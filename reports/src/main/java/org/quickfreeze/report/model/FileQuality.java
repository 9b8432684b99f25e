package org.quickfreeze.report.model;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One input file of the run: how many of its rows were read, loaded, rejected or empty,
 * its SHA-256 and size, when it was loaded and through which register mapping, and why it
 * was not used when it was not.
 */
public record FileQuality(String name, String status, String reason, long rowsRead, long rowsLoaded, long rowsRejected,
        long rowsEmpty, String sha256, List<String> unknownColumns, long sizeBytes, LocalDateTime loadedAt,
        String mapping) {
}
