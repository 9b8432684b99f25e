package org.quickfreeze.audit;

import java.time.LocalDate;

/** What one audit run is about: the as-of day, the reporting period, the limits. */
public record AuditRun(LocalDate asOfDay, ReportingPeriod period, Limits limits) {

    public AsOf asOf() {
        return new AsOf(asOfDay);
    }
}
