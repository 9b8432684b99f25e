package org.quickfreeze.report.pdf;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.sf.jasperreports.charts.util.DrawChartRendererImpl;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.quickfreeze.report.model.ActionList;
import org.quickfreeze.report.model.ActionRow;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.LapsedCount;
import org.quickfreeze.report.model.PeriodFigures;
import org.quickfreeze.report.model.ReportHeader;
import org.quickfreeze.report.model.ReportModel;
import org.quickfreeze.report.model.StateName;

/**
 * {@code monthly-<D>.pdf}: what the head of a contact point must do this month, and how
 * the month went. At a glance (the states now and a month ago, the period's rates), then
 * the action lists in order of urgency, each split by direction because the action
 * differs (for a request we sent, we send the MLA request; for one we received, we ask
 * the requesting party, then release or extend), the lapses before the period as counts,
 * the backlog chart and the names of the states. A list longer than the configured
 * maximum ends with a line pointing to the workbook, which holds every row.
 */
public final class MonthlyReport {

    /**
     * The request id and case reference columns of the action-list template, less their
     * padding.
     */
    private static final OneLine ID_COLUMN = new OneLine(116 - 7);

    private final PdfTemplates templates;

    private final PdfSettings settings;

    public MonthlyReport(PdfTemplates templates, PdfSettings settings) {
        this.templates = templates;
        this.settings = settings;
    }

    public void write(ReportModel model, String workbookName, OutputStream out) {
        Fonts.registerWithJava2D();
        ReportHeader h = model.header();
        String organisation = CommitteeReport.organisation(settings, h);

        Map<String, Object> p = new HashMap<>();
        p.put("organisation", organisation);
        p.put("logo", CommitteeReport.logo(settings));
        p.put("reportTitle", "What to do this month: preservations awaiting an MLA request");
        p.put("subtitle", "Monthly compliance report. For internal use: lists request ids and case references.");
        p.put("scope", Texts.scope(h));
        p.put("generated", Texts.generated(h, organisation));
        p.put("glanceHeading", "1. At a glance: preservations per state as of " + h.asOf() + " and a month ago ("
                + h.monthAgo() + ")");
        p.put("nowHeader", "As of " + h.asOf());
        p.put("beforeHeader", "As of " + h.monthAgo());
        p.put("glance", new JRMapCollectionDataSource(glance(model)));
        p.put("glanceFigures", new JRMapCollectionDataSource(glanceFigures(model)));
        p.put("actions", new JRMapCollectionDataSource(actions(model, workbookName)));
        p.put("lapsedBeforeHeading", "6. Lapsed before the period (before " + h.periodFrom() + "): counts only");
        p.put("lapsedBefore", new JRMapCollectionDataSource(lapsedBefore(model.actions().lapsedBeforePeriod())));
        p.put("lapsedBeforeNote", "By the year the preservation ended. Each one is listed in the Flags sheet of "
                + workbookName + " (state LAPSED).");
        p.put("stateNames", new JRMapCollectionDataSource(stateNames()));
        p.put("glanceReport", templates.get("state-glance"));
        p.put("figuresReport", templates.get("figures"));
        p.put("actionsReport", templates.get("actions"));
        p.put("listReport", templates.get("action-list"));
        p.put("lapsedCountsReport", templates.get("lapsed-counts"));
        p.put("stateNamesReport", templates.get("state-names"));
        p.put("trendChart", new DrawChartRendererImpl(PdfCharts.backlogTrend(model.trend()), null));
        PdfDocument.write(templates.get("monthly"), p,
                new PdfDocument.Metadata("Monthly compliance report " + h.asOf() + ", " + Texts.parties(h),
                        "Preservation requests awaiting an MLA request as of " + h.asOf() + ": what to do this month",
                        organisation, "expedited preservation; follow-up; monthly compliance"),
                out);
    }

    private static List<Map<String, ?>> glance(ReportModel model) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (StateName s : StateName.ALL) {
            long now = model.count(s.code());
            long before = model.countMonthAgo(s.code());
            Map<String, Object> row = new HashMap<>();
            row.put("name", s.name());
            row.put("now", Texts.number(now));
            row.put("before", Texts.number(before));
            row.put("change", Texts.change(now - before));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, ?>> glanceFigures(ReportModel model) {
        ReportHeader h = model.header();
        PeriodFigures period = model.periodOverall();
        var km = model.overall().timeToFollowUp();
        List<Map<String, ?>> rows = new ArrayList<>();
        rows.add(Figures.figure("Period " + h.periodLabel() + ": " + h.followUpDays() + "-day deadlines met (of "
                + period.due60() + ")", Texts.rate(period.within60())));
        rows.add(Figures.figure("Period " + h.periodLabel() + ": " + h.maxPreservationDays() + "-day deadlines met (of "
                + period.due90() + ")", Texts.rate(period.within90())));
        rows.add(Figures.figure("Half of all preservations followed up by (Kaplan–Meier median)",
                Texts.medianDay(km == null ? null : km.median())));
        return rows;
    }

    /** What to do for each state, for a request we sent and for one we received. */
    private record Section(String state, String number, String title, String sent, String received, String left,
            String sheet) {
    }

    private static List<Section> sections(ReportHeader h) {
        int l1 = h.followUpDays();
        int l2 = h.maxPreservationDays();
        return List.of(
                new Section("OVERDUE", "2",
                        "Overdue: no MLA request after day " + l1
                                + "; the preservation may end any day (fewest days to day " + l2 + " first)",
                        "We asked for preservation: send the MLA request now, or withdraw the preservation.",
                        "The counterpart asked us: ask whether an MLA request is coming; then release or extend the "
                                + "preservation.",
                        "Days to day " + l2, "Flags"),
                new Section("DUE_SOON", "3",
                        "Due soon: day " + l1 + " is within " + h.dueSoonDays() + " days (fewest days left first)",
                        "We asked for preservation: send the MLA request before day " + l1 + ".",
                        "The counterpart asked us: remind it that day " + l1
                                + " is near and ask whether an MLA request is coming.",
                        "Days to day " + l1, "Due soon"),
                new Section("EXTENDED", "4",
                        "Extended, still waiting: past day " + l2
                                + ", preservation extended, no MLA request (earliest end of extension first)",
                        "We asked for preservation: send the MLA request before the extension ends, or withdraw it.",
                        "The counterpart asked us: ask whether an MLA request is coming before the extension ends; "
                                + "else release the preservation.",
                        "Days to end", "Flags"),
                new Section("LAPSED", "5",
                        "Lapsed in the period " + h.periodLabel() + ": no MLA request by day " + l2
                                + " (earliest end first)",
                        "We asked for preservation: the data is presumed lost; record it, and tell the investigator.",
                        "The counterpart asked us: release the preservation with the service provider and tell the "
                                + "requesting party.",
                        "Ended on", "Flags"));
    }

    private List<Map<String, ?>> actions(ReportModel model, String workbookName) {
        List<Map<String, ?>> entries = new ArrayList<>();
        for (Section s : sections(model.header())) {
            ActionList list = model.actions().list(s.state());
            String heading = s.number() + ". " + s.title();
            if (list.size() == 0) {
                entries.add(entry(heading, "None as of " + model.header().asOf() + ".", null, null, null, null));
                continue;
            }
            entries.add(entry(heading, null, "Sent (" + list.sent().size() + "). " + s.sent(), s.left(), list.sent(),
                    more(list.sent().size(), s.sheet(), workbookName)));
            entries.add(entry(null, null, "Received (" + list.received().size() + "). " + s.received(), s.left(),
                    list.received(), more(list.received().size(), s.sheet(), workbookName)));
        }
        return entries;
    }

    private Map<String, ?> entry(String sectionHeading, String sectionNote, String heading, String left,
            List<ActionRow> rows, String note) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("sectionHeading", sectionHeading);
        entry.put("sectionNote", sectionNote);
        entry.put("heading", heading);
        entry.put("leftHeader", left);
        entry.put("rows", rows == null || rows.isEmpty() ? null : new JRMapCollectionDataSource(listed(rows)));
        entry.put("note", rows != null && rows.isEmpty() ? "None." : note);
        return entry;
    }

    private String more(int all, String sheet, String workbookName) {
        int listed = Math.min(all, settings.maxListedRows());
        return all > listed ? (all - listed) + " more, in the " + sheet + " sheet of " + workbookName + "." : null;
    }

    private List<Map<String, ?>> listed(List<ActionRow> rows) {
        List<Map<String, ?>> listed = new ArrayList<>();
        for (ActionRow a : rows.subList(0, Math.min(rows.size(), settings.maxListedRows()))) {
            FindingRow f = a.finding();
            Map<String, Object> row = new HashMap<>();
            row.put("requestId", f.requestId());
            row.put("requestIdSize", ID_COLUMN.sizeFor(f.requestId()));
            row.put("register", f.register());
            row.put("counterpart", f.counterpart());
            row.put("caseReference", f.caseReference());
            row.put("caseReferenceSize", ID_COLUMN.sizeFor(f.caseReference()));
            row.put("startOn", f.startOn().toString());
            row.put("day60", a.day60().toString());
            row.put("day90", a.day90().toString());
            row.put("left", a.endedOn() != null ? a.endedOn().toString() : Texts.number(a.daysLeft()));
            row.put("offence", f.offence());
            listed.add(row);
        }
        return listed;
    }

    private static List<Map<String, ?>> lapsedBefore(List<LapsedCount> counts) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (LapsedCount c : counts) {
            Map<String, Object> row = new HashMap<>();
            row.put("year", String.valueOf(c.year()));
            row.put("direction", c.direction().equals("SENT") ? "Sent" : "Received");
            row.put("count", Texts.number(c.count()));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, ?>> stateNames() {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (StateName s : StateName.ALL) {
            Map<String, Object> row = new HashMap<>();
            row.put("name", s.name());
            row.put("code", s.code());
            row.put("meaning", s.meaning());
            rows.add(row);
        }
        return rows;
    }

}
