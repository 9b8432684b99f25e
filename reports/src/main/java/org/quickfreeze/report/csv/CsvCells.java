package org.quickfreeze.report.csv;

/**
 * Makes a text cell inert for spreadsheets: a leading {@code =}, {@code +}, {@code -},
 * {@code @}, tab or carriage return would otherwise be run as a formula when the CSV is
 * opened in Excel or LibreOffice.
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + value;
        }
        return value;
    }

}
