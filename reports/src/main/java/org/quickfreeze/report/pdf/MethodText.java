package org.quickfreeze.report.pdf;

import java.util.List;

import org.quickfreeze.report.model.ReportHeader;

/**
 * The method section of the committee report: the definitions in plain words, a paragraph
 * each with its title in bold.
 */
final class MethodText {

    private static final List<String> PARAGRAPHS = List.of("counted", "asOf", "followUp", "states", "period",
            "sinceRecords", "km", "statistics", "trend", "confidentiality");

    private MethodText() {
    }

    static String of(ReportHeader h, Texts texts) {
        StringBuilder method = new StringBuilder();
        for (String paragraph : PARAGRAPHS) {
            if (method.length() > 0) {
                method.append('\n');
            }
            method.append("<b>")
                .append(styled(texts.text("method." + paragraph + ".title")))
                .append("</b> ")
                .append(styled(texts.text("method." + paragraph, "asOf", h.asOf(), "period", h.periodLabel())));
        }
        return method.toString();
    }

    /**
     * A text as JasperReports' styled markup shows it: its own angle brackets and
     * ampersands as text.
     */
    private static String styled(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

}
