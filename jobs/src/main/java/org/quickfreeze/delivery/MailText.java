package org.quickfreeze.delivery;

import java.util.List;

import org.quickfreeze.report.model.ReportHeader;

/**
 * The plain text of a mail, line by line: readable in any mail client, tables in columns
 * of spaces (a mail client shows them in its own font, so the columns are padded by
 * characters, not measured).
 */
final class MailText {

    private final StringBuilder text = new StringBuilder();

    void line(String line) {
        text.append(line).append("\n");
    }

    void indented(String line) {
        line("    " + line);
    }

    void blank() {
        text.append("\n");
    }

    /** Rows of cells: the first column left-aligned, the others right-aligned. */
    void table(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < columns; c++) {
                String cell = row[c];
                String pad = " ".repeat(widths[c] - cell.length());
                line.append(c == 0 ? cell + pad : "   " + pad + cell);
            }
            line(line.toString().stripTrailing());
        }
    }

    static String parties(ReportHeader h) {
        return String.join(",", h.parties());
    }

    @Override
    public String toString() {
        return text.toString();
    }

}
