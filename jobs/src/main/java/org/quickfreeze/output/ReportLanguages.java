package org.quickfreeze.output;

import java.util.LinkedHashMap;
import java.util.Map;

import org.quickfreeze.report.text.MessageBundles;
import org.quickfreeze.report.text.MessageBundles.Language;
import org.quickfreeze.report.text.Messages;
import org.quickfreeze.run.QuickfreezeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language of each output of a run, loaded once: the texts of the monthly PDF, the
 * committee PDF, the compliance workbook and the EU statistics. A party's own file that
 * lacks keys of the English bundle is said once in the log, with the keys, so that the
 * translator knows what to add; the lacking texts are English meanwhile.
 */
public record ReportLanguages(Messages monthly, Messages committee, Messages workbook, Messages euStatistics) {

    private static final Logger log = LoggerFactory.getLogger(ReportLanguages.class);

    public static ReportLanguages of(QuickfreezeProperties settings) {
        MessageBundles bundles = new MessageBundles(settings.messages());
        QuickfreezeProperties.Languages tags = settings.reportLanguages();
        Map<String, Language> loaded = new LinkedHashMap<>();
        for (String tag : new String[] { tags.monthly(), tags.committee(), tags.workbook(), tags.euStatistics() }) {
            loaded.computeIfAbsent(tag, t -> said(bundles.load(t)));
        }
        return new ReportLanguages(loaded.get(tags.monthly()).messages(), loaded.get(tags.committee()).messages(),
                loaded.get(tags.workbook()).messages(), loaded.get(tags.euStatistics()).messages());
    }

    private static Language said(Language language) {
        String files = String.join(", ", language.files());
        if (!language.missingKeys().isEmpty()) {
            log.warn("the reports in {} ({}) show {} texts in English, which its file lacks: {}", language.tag(), files,
                    language.missingKeys().size(), String.join(", ", language.missingKeys()));
        }
        if (!language.unknownKeys().isEmpty()) {
            log.warn("the messages of {} ({}) have keys the reports do not use, ignored: {}", language.tag(), files,
                    String.join(", ", language.unknownKeys()));
        }
        return language;
    }

}
