package org.quickfreeze.delivery;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.quickfreeze.report.model.ActionList;
import org.quickfreeze.report.model.ActionRow;
import org.quickfreeze.report.model.PeriodFigures;
import org.quickfreeze.report.model.ReportHeader;
import org.quickfreeze.report.model.ReportModel;
import org.quickfreeze.report.model.StateName;
import org.quickfreeze.report.text.ActionSections;
import org.quickfreeze.report.text.Messages;

/**
 * The monthly compliance run's mail, for the head of a contact point: the at-a-glance
 * table of the monthly PDF, the period's rates, one line per action list with its count
 * and its action, then the files written. Counts, rates and state names only, unless
 * {@code list-requests} puts the overdue and due-soon request ids under their lines.
 */
final class MonthlyMail {

    /** Ids listed under a line, at most; the monthly PDF lists them all. */
    static final int MAX_IDS = 50;

    private MonthlyMail() {
    }

    static Mail of(ReportModel model, Messages texts, MailFiles files, boolean listRequests) {
        ReportHeader h = model.header();
        Messages m = texts.withLimits(h.followUpDays(), h.maxPreservationDays(), h.dueSoonDays());
        String subject = m.text("mail.monthly.subject", "parties", MailText.parties(h), "period", h.periodLabel(),
                "overdue", model.count("OVERDUE"), "dueSoon", model.count("DUE_SOON"));
        MailText body = new MailText();
        body.line(m.text("mail.monthly.glance", "asOf", h.asOf(), "monthAgo", h.monthAgo()));
        body.blank();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] { m.text("monthly.glance.state"), m.text("pdf.asOf", "day", h.asOf()),
                m.text("pdf.asOf", "day", h.monthAgo()), m.text("monthly.glance.change") });
        for (StateName s : StateName.ALL) {
            long now = model.count(s.code());
            long before = model.countMonthAgo(s.code());
            rows.add(new String[] { m.text(s.nameKey()), m.number(now), m.number(before), m.change(now - before) });
        }
        body.table(rows);
        body.blank();
        PeriodFigures period = model.periodOverall();
        body.line(m.text("mail.monthly.rate", "label",
                m.text("monthly.glance.met60", "period", h.periodLabel(), "count", period.due60()), "rate",
                orDash(m.percent(period.within60().percent()))));
        body.line(m.text("mail.monthly.rate", "label",
                m.text("monthly.glance.met90", "period", h.periodLabel(), "count", period.due90()), "rate",
                orDash(m.percent(period.within90().percent()))));
        body.blank();
        body.line(m.text("mail.monthly.actions"));
        for (ActionSections.Section section : ActionSections.ALL) {
            ActionList list = model.actions().list(section.state());
            boolean ids = listRequests && (section.state().equals("OVERDUE") || section.state().equals("DUE_SOON"));
            line(body, m, section, "SENT", list.sent(), ids);
            line(body, m, section, "RECEIVED", list.received(), ids);
        }
        body.blank();
        files.describe(body, m);
        body.blank();
        body.line(m.text(listRequests || files.attachesInternal() ? "mail.footer.cases" : "mail.footer"));
        return new Mail(Mail.Kind.MONTHLY, subject, body.toString(), files.attached());
    }

    private static void line(MailText body, Messages m, ActionSections.Section section, String direction,
            List<ActionRow> rows, boolean ids) {
        body.line("- " + m.text("mail.list.line", "section", m.text(StateName.nameKey(section.state())), "direction",
                m.text("direction." + direction + ".title"), "count", (long) rows.size(), "action",
                m.text(section.texts() + "." + (direction.equals("SENT") ? "sent" : "received"))));
        if (ids && !rows.isEmpty()) {
            List<String> shown = new ArrayList<>();
            for (ActionRow r : rows.subList(0, Math.min(MAX_IDS, rows.size()))) {
                shown.add(r.finding().requestId());
            }
            body.indented(String.join(", ", shown));
            if (rows.size() > MAX_IDS) {
                body.indented(m.text("mail.list.more", "count", (long) (rows.size() - MAX_IDS)));
            }
        }
    }

    private static String orDash(String value) {
        return value.isEmpty() ? "–" : value;
    }

    /** The outputs of a run as a mail names and attaches them. */
    record MailFiles(Path folder, List<Path> written, List<Path> attached, List<Path> tooLarge, long maxMb,
            boolean attachesInternal) {

        void describe(MailText body, Messages m) {
            body.line(m.text("mail.files", "folder", folder));
            for (Path file : written) {
                String name = file.getFileName().toString();
                if (attached.contains(file)) {
                    body.line("- " + m.text("mail.file.attached", "file", name));
                }
                else if (tooLarge.contains(file)) {
                    body.line("- " + m.text("mail.file.tooLarge", "file", name, "max", maxMb));
                }
                else {
                    body.line("- " + name);
                }
            }
        }
    }

}
