package org.quickfreeze.ingest.layout;

/**
 * What a row without {@code register} or {@code party} takes: the file's configured
 * register (else its name without extension) and the configured party.
 */
public record RowDefaults(String register, String party) {
}
