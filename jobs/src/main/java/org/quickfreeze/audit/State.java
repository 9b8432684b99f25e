package org.quickfreeze.audit;

/**
 * The state of a preservation as of D. Declared in the order of the findings (worst
 * first); {@link StateRule} decides which one holds.
 */
public enum State {

    LAPSED("critical"), OVERDUE("warning"), EXTENDED("warning"), DUE_SOON("notice"), PENDING(null), AFTER_LIMIT(null),
    LATE(null), ON_TIME(null), EXCLUDED(null);

    private final String severity;

    State(String severity) {
        this.severity = severity;
    }

    /** {@code critical}, {@code warning}, {@code notice} or {@code null}. */
    public String severity() {
        return severity;
    }

    /** A preservation request with no MLA follow-up within the 60 days. */
    public boolean isFlagged() {
        return this == LAPSED || this == OVERDUE || this == EXTENDED;
    }

    /** States whose findings carry {@code age_days} and {@code days_left}. */
    public boolean isAwaitingFollowUp() {
        return this == PENDING || this == DUE_SOON || this == OVERDUE || this == EXTENDED || this == LAPSED;
    }

}
