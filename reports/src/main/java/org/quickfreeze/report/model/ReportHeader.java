package org.quickfreeze.report.model;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the report covers: as-of day, period, limits used, parties, when it was made;
 * {@code monthAgo} is D′, the day the month-ago figures describe.
 */
public record ReportHeader(LocalDate asOf, String periodLabel, String periodFileLabel, LocalDate periodFrom,
        LocalDate periodTo, int followUpDays, int maxPreservationDays, int dueSoonDays, int trendMonths,
        List<String> parties, OffsetDateTime generatedAt, LocalDate monthAgo) {
}
