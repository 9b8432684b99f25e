package org.quickfreeze.report.pdf;

import java.nio.file.Path;

/**
 * How the PDFs present themselves: the organisation named on the title block and as the
 * document's author (the parties when empty), an optional logo, and how many rows a list
 * in the monthly report shows before it points to the workbook, which holds them all.
 */
public record PdfSettings(String organisation, Path logo, int maxListedRows) {

    public static final int DEFAULT_MAX_LISTED_ROWS = 2_000;

    public PdfSettings {
        if (maxListedRows < 1) {
            throw new IllegalArgumentException("the monthly report must list at least one row");
        }
    }
}
