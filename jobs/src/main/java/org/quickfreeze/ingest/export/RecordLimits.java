package org.quickfreeze.ingest.export;

/**
 * Bounds on what one CSV record may hold, so that a broken or hostile file is rejected
 * line by line instead of exhausting memory.
 */
public record RecordLimits(int maxColumns, int maxCellLength, int maxRecordLines, int maxRecordLength) {

    public static final RecordLimits DEFAULT = new RecordLimits(500, 32_000, 50, 256_000);

}
