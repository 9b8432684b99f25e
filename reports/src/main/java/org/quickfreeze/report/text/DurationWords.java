package org.quickfreeze.report.text;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The words of the durations table: a measure's name, and its share figure ("95.0 %
 * within 180 days"). The model names a measure in English, as the workbook's earlier
 * editions did; this finds its text in the report's language.
 */
public final class DurationWords {

    private static final Map<String, String> MEASURES = Map.of("preservation execution",
            "measure.preservationExecution", "MLA execution", "measure.mlaExecution", "acknowledgement",
            "measure.acknowledgement");

    private DurationWords() {
    }

    /** A measure's name; one this class does not know is shown as it is. */
    public static String measure(String measure, Messages m) {
        String key = MEASURES.get(measure);
        return key == null ? measure : m.text(key);
    }

    /** "within 180 days", for the workbook's share column; empty for no share. */
    public static String within(Integer shareDays, Messages m) {
        if (shareDays == null) {
            return null;
        }
        return shareDays == 1 ? m.text("durations.withinOneDay") : m.text("durations.within", "days", shareDays);
    }

    /** "95.0 % within 180 days", for the PDF; empty when there is nothing to count. */
    public static String share(Integer shareDays, BigDecimal percent, Messages m) {
        if (shareDays == null || percent == null) {
            return "";
        }
        String share = m.percent(percent);
        return shareDays == 1 ? m.text("committee.durations.shareWithinOneDay", "share", share)
                : m.text("committee.durations.shareWithin", "share", share, "days", shareDays);
    }

}
