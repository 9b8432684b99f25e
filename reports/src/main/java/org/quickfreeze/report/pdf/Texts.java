package org.quickfreeze.report.pdf;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.quickfreeze.report.model.CurvePoint;
import org.quickfreeze.report.model.Rate;
import org.quickfreeze.report.model.ReportHeader;
import org.quickfreeze.report.model.TimeToFollowUp;
import org.quickfreeze.report.text.Messages;

/**
 * How figures read in the PDFs, in the report's language: the same roundings as the
 * workbook, empty where nothing applies, the texts around them from the bundle.
 */
final class Texts {

    static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private final Messages messages;

    Texts(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    String text(String key, Object... values) {
        return messages.text(key, values);
    }

    String number(Number n) {
        return messages.number(n);
    }

    String decimal(BigDecimal d) {
        return messages.decimal(d);
    }

    String rate(Rate rate) {
        return messages.percent(rate == null ? null : rate.percent());
    }

    String percent(BigDecimal percent) {
        return messages.percent(percent);
    }

    String change(long change) {
        return messages.change(change);
    }

    /** The Kaplan–Meier median as the reader reads it. */
    String medianDay(Integer day) {
        return day == null ? text("pdf.medianNotReached") : text("pdf.medianDay", "day", day);
    }

    /**
     * A count with its share: {@code 12 (40.0 %)}, or the count alone when the share is
     * empty.
     */
    String countAndRate(long count, Rate rate) {
        String share = rate(rate);
        return share.isEmpty() ? number(count) : text("committee.figure.countAndShare", "count", count, "share", share);
    }

    /**
     * A group's value as a reader reads it: directions and "all" in words, codes
     * (countries) as they are.
     */
    String groupValue(String value) {
        if (messages.has("direction." + value)) {
            return text("direction." + value);
        }
        return value.equals("all") ? text("group.all") : value;
    }

    /** A group (all, direction, counterpart) in words. */
    String group(String group) {
        return messages.has("group." + group) ? text("group." + group) : group;
    }

    /**
     * The time to follow-up in one sentence: by which day half of the preservations are
     * followed up, and how many are not by day 180 (or by the longest time observed, when
     * none has been open that long).
     */
    String timeToFollowUp(TimeToFollowUp km, List<CurvePoint> curve) {
        CurvePoint last = null;
        for (CurvePoint p : curve) {
            if (p.all() != null) {
                last = p;
            }
        }
        if (km == null || last == null) {
            return text("committee.timeToFollowUp.none");
        }
        String never = percent(BigDecimal.valueOf(100).subtract(last.all()));
        return km.median() != null
                ? text("committee.timeToFollowUp.half", "day", km.median(), "share", never, "last", last.day())
                : text("committee.timeToFollowUp.fewer", "share", never, "last", last.day());
    }

    String parties(ReportHeader h) {
        return h.parties().isEmpty() ? text("pdf.noParty") : String.join(", ", h.parties());
    }

    String period(ReportHeader h) {
        return text("pdf.period", "label", h.periodLabel(), "from", h.periodFrom(), "to", h.periodTo());
    }

    String scope(ReportHeader h) {
        return text("pdf.scope", "parties", parties(h), "period", period(h), "asOf", h.asOf()) + "\n"
                + text("pdf.limits");
    }

    String generated(ReportHeader h, String organisation) {
        return text("pdf.generated", "organisation", organisation, "generatedAt", h.generatedAt().format(GENERATED));
    }

}
