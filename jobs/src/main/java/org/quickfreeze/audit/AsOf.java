package org.quickfreeze.audit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The as-of rule: anything dated after D has not happened yet. Re-running October's audit
 * in December gives October's numbers.
 */
public record AsOf(LocalDate day) {

    public boolean hasHappened(@Nullable LocalDate date) {
        return date != null && !date.isAfter(day);
    }

    /** A date after D counts as empty. */
    public @Nullable LocalDate known(@Nullable LocalDate date) {
        return hasHappened(date) ? date : null;
    }
}
