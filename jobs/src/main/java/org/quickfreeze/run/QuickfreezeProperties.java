package org.quickfreeze.run;

import java.nio.file.Path;

import org.quickfreeze.report.pdf.PdfSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code quickfreeze.*}: the limits of the audit (defaults from the
 * Convention), the chunk size of the ingest step, how the PDFs present themselves
 * (organisation, logo, rows listed in the monthly report), and the inbox, output folder,
 * default party and times of the scheduled runs, and who may read the outputs that name
 * cases.
 */
@ConfigurationProperties("quickfreeze")
public record QuickfreezeProperties(@DefaultValue("60") int followUpDays, @DefaultValue("90") int maxPreservationDays,
        @DefaultValue("14") int dueSoonDays, @DefaultValue("12") int trendMonths, @DefaultValue("1000") int chunkSize,
        @DefaultValue("") String organisation, Path logo, @DefaultValue("2000") int monthlyMaxListedRows,
        @DefaultValue("inbox") Path inbox, @DefaultValue("config/registers") Path registers,
        @DefaultValue("out") Path out, String party, @DefaultValue Schedule schedule,
        @DefaultValue("rw-r-----") String outputPermissions) {

    public QuickfreezeProperties {
        // checked at start: a mode that cannot work stops the start, naming the property
        OutputPermissions.of(outputPermissions);
    }

    /** Who may read the outputs that name cases. */
    public OutputPermissions internalOutputs() {
        return OutputPermissions.of(outputPermissions);
    }

    /**
     * When the unattended runs happen (Spring cron expressions: second, minute, hour, day
     * of month, month, day of week).
     */
    public record Schedule(@DefaultValue("0 0 6 1 * *") String monthly, @DefaultValue("0 0 6 * * MON") String weekly) {
    }

    public PdfSettings pdf() {
        return new PdfSettings(organisation, logo, monthlyMaxListedRows);
    }
}
