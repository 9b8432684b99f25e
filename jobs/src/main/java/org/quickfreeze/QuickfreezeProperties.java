package org.quickfreeze;

import java.nio.file.Path;

import org.quickfreeze.audit.Limits;
import org.quickfreeze.report.pdf.PdfSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code quickfreeze.*}: the limits of the audit (defaults from
 * the Convention), the chunk size of the ingest step, and how the PDFs present
 * themselves (organisation, logo, rows listed in the monthly report).
 */
@ConfigurationProperties("quickfreeze")
public record QuickfreezeProperties(
        @DefaultValue("60") int followUpDays,
        @DefaultValue("90") int maxPreservationDays,
        @DefaultValue("14") int dueSoonDays,
        @DefaultValue("12") int trendMonths,
        @DefaultValue("1000") int chunkSize,
        @DefaultValue("") String organisation,
        Path logo,
        @DefaultValue("2000") int monthlyMaxListedRows) {

    public PdfSettings pdf() {
        return new PdfSettings(organisation, logo, monthlyMaxListedRows);
    }

    public Limits limits() {
        return new Limits(followUpDays, maxPreservationDays, dueSoonDays, trendMonths);
    }
}
