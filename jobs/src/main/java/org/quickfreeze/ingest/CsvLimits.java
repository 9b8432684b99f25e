package org.quickfreeze.ingest;

/**
 * Bounds on what one CSV record may hold, so that a broken or hostile file is
 * rejected line by line instead of exhausting memory.
 */
public record CsvLimits(int maxColumns, int maxCellLength, int maxRecordLines, int maxRecordLength) {

    public static final CsvLimits DEFAULT = new CsvLimits(500, 32_000, 50, 256_000);
}
