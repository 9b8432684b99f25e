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
        return keyed(m, "column.", columns);
    }

    /** The texts of keys made of a prefix and each name: {@code eu.column.issued}. */
    static String[] keyed(Messages m, String prefix, String... names) {
        String[] titles = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            titles[i] = m.text(prefix + names[i]);
        }
        return titles;
    }

}
