package org.quickfreeze.audit;

import java.time.LocalDate;

import org.quickfreeze.run.QuickfreezeProperties;
import org.quickfreeze.run.ReportingPeriod;
import org.quickfreeze.run.RunParameters;

/** What one audit run is about: the as-of day, the reporting period, the limits. */
public record AuditScope(LocalDate asOfDay, ReportingPeriod period, Limits limits) {

    /** The scope of the run a step belongs to, with the limits of the settings. */
    public static AuditScope of(RunParameters run, QuickfreezeProperties settings) {
        return new AuditScope(run.asOf(), run.period(), new Limits(settings.followUpDays(),
                settings.maxPreservationDays(), settings.dueSoonDays(), settings.trendMonths()));
    }

    public AsOf asOf() {
        return new AsOf(asOfDay);
    }
}
