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
import org.quickfreeze.report.text.ActionSections;
import org.quickfreeze.report.text.Messages;

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

    private final Messages messages;

    /**
     * @param messages the texts of the report's language
     */
    public MonthlyReport(PdfTemplates templates, PdfSettings settings, Messages messages) {
        this.templates = templates;
        this.settings = settings;
        this.messages = messages;
    }

    public void write(ReportModel model, String workbookName, OutputStream out) {
        Fonts.registerWithJava2D();
        ReportHeader h = model.header();
        Texts t = new Texts(messages.withLimits(h.followUpDays(), h.maxPreservationDays(), h.dueSoonDays()));
        String organisation = CommitteeReport.organisation(settings, h, t);

        Map<String, Object> p = new HashMap<>();
        p.put("organisation", organisation);
        p.put("logo", CommitteeReport.logo(settings));
        p.put("scope", t.scope(h));
        p.put("generated", t.generated(h, organisation));
        p.put("glanceHeading", t.text("monthly.glance.heading", "asOf", h.asOf(), "monthAgo", h.monthAgo()));
        p.put("nowHeader", t.text("pdf.asOf", "day", h.asOf()));
        p.put("beforeHeader", t.text("pdf.asOf", "day", h.monthAgo()));
        p.put("glance", new JRMapCollectionDataSource(glance(model, t)));
        p.put("glanceFigures", new JRMapCollectionDataSource(glanceFigures(model, t)));
        p.put("actions", new JRMapCollectionDataSource(actions(model, workbookName, t)));
        p.put("lapsedBeforeHeading", t.text("monthly.lapsedBefore.heading", "from", h.periodFrom()));
        p.put("lapsedBefore", new JRMapCollectionDataSource(lapsedBefore(model.actions().lapsedBeforePeriod(), t)));
        p.put("lapsedBeforeNote",
                t.text("monthly.lapsedBefore.note", "sheet", t.text("sheet.flags"), "workbook", workbookName));
        p.put("stateNames", new JRMapCollectionDataSource(stateNames(t)));
        p.put("glanceReport", templates.get("state-glance"));
        p.put("figuresReport", templates.get("figures"));
        p.put("actionsReport", templates.get("actions"));
        p.put("listReport", templates.get("action-list"));
        p.put("lapsedCountsReport", templates.get("lapsed-counts"));
        p.put("stateNamesReport", templates.get("state-names"));
        p.put("trendChart", new DrawChartRendererImpl(PdfCharts.backlogTrend(model.trend(), t.messages()), null));
        PdfDocument.write(templates.get("monthly"), p, t.messages(),
                new PdfDocument.Metadata(t.text("monthly.document.title", "asOf", h.asOf(), "parties", t.parties(h)),
                        t.text("monthly.document.subject", "asOf", h.asOf()), organisation,
                        t.text("monthly.document.keywords")),
                out);
    }

    private static List<Map<String, ?>> glance(ReportModel model, Texts t) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (StateName s : StateName.ALL) {
            long now = model.count(s.code());
            long before = model.countMonthAgo(s.code());
            Map<String, Object> row = new HashMap<>();
            row.put("name", t.text(s.nameKey()));
            row.put("now", t.number(now));
            row.put("before", t.number(before));
            row.put("change", t.change(now - before));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, ?>> glanceFigures(ReportModel model, Texts t) {
        ReportHeader h = model.header();
        PeriodFigures period = model.periodOverall();
        var km = model.overall().timeToFollowUp();
        List<Map<String, ?>> rows = new ArrayList<>();
        rows.add(Figures.figure(t.text("monthly.glance.met60", "period", h.periodLabel(), "count", period.due60()),
                t.rate(period.within60())));
        rows.add(Figures.figure(t.text("monthly.glance.met90", "period", h.periodLabel(), "count", period.due90()),
                t.rate(period.within90())));
        rows.add(Figures.figure(t.text("monthly.glance.median"), t.medianDay(km == null ? null : km.median())));
        return rows;
    }

    private List<Map<String, ?>> actions(ReportModel model, String workbookName, Texts t) {
        List<Map<String, ?>> entries = new ArrayList<>();
        ReportHeader h = model.header();
        for (ActionSections.Section s : ActionSections.ALL) {
            ActionList list = model.actions().list(s.state());
            String heading = t.text(s.texts() + ".heading", "period", h.periodLabel());
            String left = t.text(s.texts() + ".left");
            String sheet = t.text(s.sheet());
            if (list.size() == 0) {
                entries.add(entry(heading, t.text("monthly.list.none", "asOf", h.asOf()), null, null, null, null, t));
                continue;
            }
            entries.add(entry(heading, null,
                    t.text("monthly.list.sent", "count", list.sent().size(), "action", t.text(s.texts() + ".sent")),
                    left, list.sent(), more(list.sent().size(), sheet, workbookName, t), t));
            entries.add(entry(null, null,
                    t.text("monthly.list.received", "count", list.received().size(), "action",
                            t.text(s.texts() + ".received")),
                    left, list.received(), more(list.received().size(), sheet, workbookName, t), t));
        }
        return entries;
    }

    private Map<String, ?> entry(String sectionHeading, String sectionNote, String heading, String left,
            List<ActionRow> rows, String note, Texts t) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("sectionHeading", sectionHeading);
        entry.put("sectionNote", sectionNote);
        entry.put("heading", heading);
        entry.put("leftHeader", left);
        entry.put("rows", rows == null || rows.isEmpty() ? null : new JRMapCollectionDataSource(listed(rows, t)));
        entry.put("note", rows != null && rows.isEmpty() ? t.text("pdf.none") : note);
        return entry;
    }

    private String more(int all, String sheet, String workbookName, Texts t) {
        int listed = Math.min(all, settings.maxListedRows());
        return all > listed
                ? t.text("monthly.list.more", "count", all - listed, "sheet", sheet, "workbook", workbookName) : null;
    }

    private List<Map<String, ?>> listed(List<ActionRow> rows, Texts t) {
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
            row.put("left", a.endedOn() != null ? a.endedOn().toString() : t.number(a.daysLeft()));
            row.put("offence", f.offence());
            listed.add(row);
        }
        return listed;
    }

    private static List<Map<String, ?>> lapsedBefore(List<LapsedCount> counts, Texts t) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (LapsedCount c : counts) {
            Map<String, Object> row = new HashMap<>();
            row.put("year", String.valueOf(c.year()));
            row.put("direction", t.text("direction." + c.direction() + ".title"));
            row.put("count", t.number(c.count()));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, ?>> stateNames(Texts t) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (StateName s : StateName.ALL) {
            Map<String, Object> row = new HashMap<>();
            row.put("name", t.text(s.nameKey()));
            row.put("code", s.code());
            row.put("meaning", t.text(s.meaningKey()));
            rows.add(row);
        }
        return rows;
    }

}
