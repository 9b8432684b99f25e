package org.quickfreeze.audit;

import java.time.LocalDate;

import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.store.Instrument;

/**
 * The day limits of the audit: L1 follow-up days (Art. 29(7): at least 60), L2 maximum
 * preservation days (Art. 16(2): up to 90), W due-soon warning days. A European
 * Preservation Order ends after 60 days unless extended once by 30 (Reg. 2023/1543 Art.
 * 11(1)): its own L2 is L1, or L2 once extended.
 */
public record Limits(int followUpDays, int maxPreservationDays, int dueSoonDays, int trendMonths) {

    public static final Limits CONVENTION = new Limits(60, 90, 14, 12);

    /**
     * L2 of a request: L1 for a European Preservation Order that was not extended, L2
     * otherwise.
     */
    public int maxPreservationDays(Instrument instrument, LocalDate extendedUntil) {
        return instrument == Instrument.EPOC_PR && extendedUntil == null ? followUpDays : maxPreservationDays;
    }

    /** L2 of a preservation found. */
    public int maxPreservationDays(FindingRow f) {
        return maxPreservationDays(f.instrument() == null ? Instrument.BUDAPEST : Instrument.valueOf(f.instrument()),
                f.extendedUntil());
    }

    public Limits {
        if (followUpDays <= 0 || maxPreservationDays < followUpDays || dueSoonDays < 0 || trendMonths <= 0) {
            throw new IllegalArgumentException("limits must satisfy 0 < follow-up days <= maximum preservation days, "
                    + "due-soon days >= 0 and trend months > 0");
        }
    }
}
