package org.quickfreeze.ingest.export;

import java.util.List;

/**
 * What reading one record of an export gives: cells, an empty line, or a line that cannot
 * be read.
 */
public sealed interface ExportRecord {

    /**
     * The line of the file where the record starts, as a text editor numbers it (header =
     * 1).
     */
    long line();

    record Cells(long line, List<String> cells) implements ExportRecord {
    }

    record Empty(long line) implements ExportRecord {
    }

    record Malformed(long line, String text, String message) implements ExportRecord {
    }

}
