package org.quickfreeze.audit;

/**
 * The day limits of the audit: L1 follow-up days (Art. 29(7): at least 60),
 * L2 maximum preservation days (Art. 16(2): up to 90), W due-soon warning days.
 */
public record Limits(int followUpDays, int maxPreservationDays, int dueSoonDays, int trendMonths) {

    public static final Limits CONVENTION = new Limits(60, 90, 14, 12);

    public Limits {
        if (followUpDays <= 0 || maxPreservationDays < followUpDays || dueSoonDays < 0 || trendMonths <= 0) {
            throw new IllegalArgumentException("limits must satisfy 0 < follow-up days <= maximum preservation days, "
                    + "due-soon days >= 0 and trend months > 0");
        }
    }
}
