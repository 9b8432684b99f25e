package org.quickfreeze.audit;

import java.time.LocalDate;

/**
 * The as-of rule: anything dated after D has not happened yet. Re-running October's audit
 * in December gives October's numbers.
 */
public record AsOf(LocalDate day) {

    public boolean hasHappened(LocalDate date) {
        return date != null && !date.isAfter(day);
    }

    /** A date after D counts as empty. */
    public LocalDate known(LocalDate date) {
        return hasHappened(date) ? date : null;
    }
}
