package org.quickfreeze.report.pdf;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.quickfreeze.report.model.CurvePoint;
import org.quickfreeze.report.model.Rate;
import org.quickfreeze.report.model.ReportHeader;
import org.quickfreeze.report.model.TimeToFollowUp;

/**
 * How figures read in the PDFs: the same roundings as the workbook, empty where nothing
 * applies.
 */
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

    /** A change of a count, signed: {@code +3}, {@code −2}, {@code 0}. */
    static String change(long change) {
        return change > 0 ? "+" + change : change < 0 ? "−" + (-change) : "0";
    }

    /** The Kaplan–Meier median as the reader reads it. */
    static String medianDay(Integer day) {
        return day == null ? "not reached" : "day " + day;
    }

    static String percent(BigDecimal percent) {
        return percent == null ? "" : percent.toPlainString() + " %";
    }

    /**
     * A count with its share: {@code 12 (40.0 %)}, or the count alone when the share is
     * empty.
     */
    static String countAndRate(long count, Rate rate) {
        String share = rate(rate);
        return share.isEmpty() ? String.valueOf(count) : count + " (" + share + ")";
    }

    /**
     * A group's value as a reader reads it: directions in words, codes otherwise as they
     * are.
     */
    static String groupValue(String value) {
        return switch (value) {
            case "SENT" -> "sent";
            case "RECEIVED" -> "received";
            default -> value;
        };
    }

    /**
     * The time to follow-up in one sentence: by which day half of the preservations are
     * followed up, and how many are not by day 180 (or by the longest time observed, when
     * none has been open that long).
     */
    static String timeToFollowUp(TimeToFollowUp km, List<CurvePoint> curve) {
        CurvePoint last = null;
        for (CurvePoint p : curve) {
            if (p.all() != null) {
                last = p;
            }
        }
        if (km == null || last == null) {
            return "No preservation to count yet.";
        }
        String half = km.median() != null
                ? "Half of the preservations are followed up by an MLA request by day " + km.median() + "; "
                : "Fewer than half of the preservations are followed up by an MLA request by day " + last.day() + "; ";
        BigDecimal never = BigDecimal.valueOf(100).subtract(last.all());
        return half + never.toPlainString() + " % are not followed up by day " + last.day()
                + " (preservations not yet followed up count as waiting for as long as they have been open).";
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
