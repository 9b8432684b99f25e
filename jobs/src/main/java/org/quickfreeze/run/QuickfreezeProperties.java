package org.quickfreeze.run;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.quickfreeze.report.pdf.PdfSettings;
import org.quickfreeze.report.text.MessageBundles;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code quickfreeze.*}: the limits of the audit (defaults from the
 * Convention), the chunk size of the ingest step, how the PDFs present themselves
 * (organisation, logo, rows listed in the monthly report), and the inbox, output folder,
 * default party and times of the scheduled runs, and who may read the outputs that name
 * cases, and the languages of the reports with the folder of a party's own bundles.
 */
@ConfigurationProperties("quickfreeze")
public record QuickfreezeProperties(@DefaultValue("60") int followUpDays, @DefaultValue("90") int maxPreservationDays,
        @DefaultValue("14") int dueSoonDays, @DefaultValue("12") int trendMonths, @DefaultValue("1000") int chunkSize,
        @DefaultValue("") String organisation, Path logo, @DefaultValue("2000") int monthlyMaxListedRows,
        @DefaultValue("inbox") Path inbox, @DefaultValue("config/registers") Path registers,
        @DefaultValue("out") Path out, String party, @DefaultValue Schedule schedule,
        @DefaultValue("rw-r-----") String outputPermissions, @DefaultValue("en") String language,
        @DefaultValue Languages languages, @DefaultValue("config/messages") Path messages) {

    public QuickfreezeProperties {
        // checked at start: a mode or a language that cannot work stops the start, naming
        // the property
        OutputPermissions.of(outputPermissions);
        MessageBundles bundles = new MessageBundles(messages);
        for (String tag : languages.resolvedWith(language).used()) {
            bundles.load(tag);
        }
    }

    /**
     * One output in another language than {@code quickfreeze.language}: a committee
     * submission in French while the monthly report is in Romanian. Empty means
     * {@code quickfreeze.language}.
     */
    public record Languages(@Nullable String monthly, @Nullable String committee, @Nullable String workbook,
            @Nullable String euStatistics) {

        /** Every output's language, those not given being {@code language}. */
        public Languages resolvedWith(String language) {
            return new Languages(or(monthly, language), or(committee, language), or(workbook, language),
                    or(euStatistics, language));
        }

        private static String or(@Nullable String tag, String language) {
            return tag == null || tag.isBlank() ? language.strip() : tag.strip();
        }

        private Set<String> used() {
            return new LinkedHashSet<>(List.of(monthly, committee, workbook, euStatistics));
        }
    }

    /** The language of each output, every one given. */
    public Languages reportLanguages() {
        return languages.resolvedWith(language);
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
