package org.quickfreeze;

import org.quickfreeze.audit.Limits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code quickfreeze.*}: the limits of the audit (defaults from
 * the Convention) and the chunk size of the ingest step.
 */
@ConfigurationProperties("quickfreeze")
public record QuickfreezeProperties(
        @DefaultValue("60") int followUpDays,
        @DefaultValue("90") int maxPreservationDays,
        @DefaultValue("14") int dueSoonDays,
        @DefaultValue("12") int trendMonths,
        @DefaultValue("1000") int chunkSize) {

    public Limits limits() {
        return new Limits(followUpDays, maxPreservationDays, dueSoonDays, trendMonths);
    }
}
