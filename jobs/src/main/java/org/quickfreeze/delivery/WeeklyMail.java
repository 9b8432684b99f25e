package org.quickfreeze.delivery;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.quickfreeze.output.OutputTasklet;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.ReportHeader;
import org.quickfreeze.report.model.ReportModel;
import org.quickfreeze.report.model.StateName;
import org.quickfreeze.report.text.Messages;

/**
 * The weekly due-soon check's mail, for the duty officer on Monday morning: how many
 * preservations reach day 60 within the warning days, by direction with what to do, and
 * how many are overdue; with {@code list-requests}, the due-soon ids with their days
 * left, fewest first.
 */
final class WeeklyMail {

    private WeeklyMail() {
    }

    static Mail of(ReportModel model, Messages texts, MonthlyMail.MailFiles files, boolean listRequests) {
        ReportHeader h = model.header();
        Messages m = texts.withLimits(h.followUpDays(), h.maxPreservationDays(), h.dueSoonDays());
        LocalDate week = h.asOf().plusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String subject = m.text("mail.weekly.subject", "parties", MailText.parties(h), "week", week, "dueSoon",
                model.count("DUE_SOON"), "overdue", model.count("OVERDUE"));
        MailText body = new MailText();
        body.line(m.text("mail.weekly.heading", "asOf", h.asOf()));
        body.blank();
        // the rows of due-soon-<D>.csv, in its order
        List<FindingRow> dueSoon = OutputTasklet.dueSoon(model);
        for (String direction : List.of("SENT", "RECEIVED")) {
            List<FindingRow> rows = dueSoon.stream().filter(f -> f.direction().equals(direction)).toList();
            body.line("- " + m.text("mail.list.line", "section", m.text(StateName.nameKey("DUE_SOON")), "direction",
                    m.text("direction." + direction + ".title"), "count", (long) rows.size(), "action",
                    m.text("monthly.dueSoon." + (direction.equals("SENT") ? "sent" : "received"))));
            if (listRequests) {
                for (FindingRow f : rows) {
                    body.indented(m.text("mail.weekly.daysLeft", "id", f.requestId(), "days", f.daysLeft()));
                }
            }
        }
        body.line("- " + m.text("mail.weekly.overdue", "count", model.count("OVERDUE")));
        body.blank();
        files.describe(body, m);
        body.blank();
        body.line(m.text(listRequests ? "mail.footer.cases" : "mail.footer"));
        return new Mail(Mail.Kind.WEEKLY, subject, body.toString(), List.of());
    }

}
