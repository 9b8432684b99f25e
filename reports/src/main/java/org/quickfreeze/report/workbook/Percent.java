package org.quickfreeze.report.workbook;

import java.math.BigDecimal;

/**
 * A percentage already rounded to one decimal (65.3), written as a percentage cell (0.653
 * shown as 65.3%).
 */
record Percent(BigDecimal value) {

    /** {@code null} (an empty cell) for no value. */
    static Percent of(BigDecimal value) {
        return value == null ? null : new Percent(value);
    }
}
