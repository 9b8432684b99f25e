package org.quickfreeze.report.workbook;

import org.quickfreeze.report.text.Messages;

/**
 * The titles of a table's columns in the workbook's language, found by the column's name
 * ({@code request_id} is {@code column.request_id} in the bundle).
 */
final class Columns {

    private Columns() {
    }

    static String[] titles(Messages m, String... columns) {
        String[] titles = new String[columns.length];
        for (int i = 0; i < columns.length; i++) {
            titles[i] = m.text("column." + columns[i]);
        }
        return titles;
    }

}
