package org.quickfreeze.report.pdf;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;

import org.quickfreeze.report.model.Rate;
import org.quickfreeze.report.model.ReportHeader;

/** How figures read in the PDFs: the same roundings as the workbook, empty where nothing applies. */
final class Texts {

    static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private Texts() {
    }

    static String number(Number n) {
        return n == null ? "" : n.toString();
    }

    static String decimal(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }

    static String rate(Rate rate) {
        BigDecimal percent = rate == null ? null : rate.percent();
        return percent == null ? "" : percent.toPlainString() + " %";
    }

    static String parties(ReportHeader h) {
        return h.parties().isEmpty() ? "no party" : String.join(", ", h.parties());
    }

    static String period(ReportHeader h) {
        return h.periodLabel() + " (" + h.periodFrom() + " to " + h.periodTo() + ")";
    }

    static String scope(ReportHeader h) {
        return "Party: " + parties(h) + "   ·   Period: " + period(h) + "   ·   As of: " + h.asOf()
                + "\nLimits: MLA request within " + h.followUpDays() + " days (Art. 29(7)), preservation at most "
                + h.maxPreservationDays() + " days (Art. 16(2)), due-soon warning " + h.dueSoonDays() + " days.";
    }

    static String generated(ReportHeader h, String organisation) {
        return "Quickfreeze · " + organisation + " · generated " + h.generatedAt().format(GENERATED);
    }
}
