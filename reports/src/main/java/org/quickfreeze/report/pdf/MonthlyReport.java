package org.quickfreeze.report.pdf;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import net.sf.jasperreports.charts.util.DrawChartRendererImpl;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.FollowUpFigures;
import org.quickfreeze.report.model.ReportHeader;
import org.quickfreeze.report.model.ReportModel;

/**
 * {@code monthly-<D>.pdf}: summary, flagged list (critical first), due-soon
 * list and backlog chart, for internal use. A list longer than the configured
 * maximum ends with a line pointing to the workbook, which holds every row: a
 * PDF of thousands of pages helps nobody and would cost memory.
 */
public final class MonthlyReport {

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
        List<FindingRow> flagged = select(model, FindingRow::flagged, null);
        List<FindingRow> dueSoon = select(model, FindingRow::dueSoon, Comparator.comparing(FindingRow::daysLeft));

        Map<String, Object> p = new HashMap<>();
        p.put("organisation", organisation);
        p.put("logo", CommitteeReport.logo(settings));
        p.put("reportTitle", "Monthly compliance report");
        p.put("subtitle", "Follow-up of expedited preservation requests by MLA requests. For internal use: lists case references.");
        p.put("scope", Texts.scope(h));
        p.put("generated", Texts.generated(h, organisation));
        p.put("summary", new JRMapCollectionDataSource(summary(model)));
        p.put("flagged", new JRMapCollectionDataSource(list(flagged)));
        p.put("dueSoon", new JRMapCollectionDataSource(list(dueSoon)));
        p.put("flaggedNote", more(flagged.size(), count(model, FindingRow::flagged), "Flags", workbookName));
        p.put("dueSoonNote", more(dueSoon.size(), count(model, FindingRow::dueSoon), "Due soon", workbookName));
        p.put("figuresReport", templates.get("figures"));
        p.put("listReport", templates.get("findings-list"));
        p.put("trendChart", new DrawChartRendererImpl(PdfCharts.backlogTrend(model.trend()), null));
        PdfDocument.write(templates.get("monthly"), p,
                new PdfDocument.Metadata("Monthly compliance report " + h.asOf() + ", " + Texts.parties(h),
                        "Preservation requests without MLA follow-up as of " + h.asOf(), organisation,
                        "expedited preservation; follow-up; monthly compliance"),
                out);
    }

    private List<FindingRow> select(ReportModel model, Predicate<FindingRow> which, Comparator<FindingRow> order) {
        var rows = model.findings().stream().filter(which);
        if (order != null) {
            rows = rows.sorted(order);
        }
        return rows.limit(settings.maxListedRows()).toList();
    }

    private static long count(ReportModel model, Predicate<FindingRow> which) {
        return model.findings().stream().filter(which).count();
    }

    private static String more(int listed, long all, String sheet, String workbookName) {
        return all > listed ? "… and " + (all - listed) + " more: the " + listed + " listed here are the first of "
                + all + "; all are in the " + sheet + " sheet of " + workbookName + "." : null;
    }

    private static List<Map<String, ?>> summary(ReportModel model) {
        ReportHeader h = model.header();
        FollowUpFigures all = model.overall();
        List<Map<String, ?>> rows = new ArrayList<>();
        model.stateCounts().forEach((state, n) -> rows.add(Figures.figure("Preservations " + state, Texts.number(n))));
        rows.add(Figures.figure("Preservations (not excluded)", Texts.number(all.preservations())));
        rows.add(Figures.figure("Flagged", Texts.number(all.flagged())));
        rows.add(Figures.figure("Due soon", Texts.number(all.dueSoon())));
        rows.add(Figures.figure("Within " + h.followUpDays() + " days (of " + all.matured60() + " matured)",
                Texts.rate(all.within60())));
        rows.add(Figures.figure("Within " + h.maxPreservationDays() + " days (of " + all.matured90() + " matured)",
                Texts.rate(all.within90())));
        rows.add(Figures.figure("Median delay (days)", Texts.decimal(all.delay().median())));
        rows.add(Figures.figure("p90 delay (days)", Texts.decimal(all.delay().p90())));
        rows.add(Figures.figure("Rows loaded", Texts.number(model.dataQuality().rowsLoaded())));
        rows.add(Figures.figure("Rows rejected", Texts.number(model.dataQuality().rowsRejected())));
        return rows;
    }

    private static List<Map<String, ?>> list(List<FindingRow> findings) {
        List<Map<String, ?>> rows = new ArrayList<>(findings.size());
        for (FindingRow f : findings) {
            Map<String, Object> row = new HashMap<>();
            row.put("register", f.register());
            row.put("requestId", f.requestId());
            row.put("counterpart", f.counterpart());
            row.put("startOn", f.startOn().toString());
            row.put("ageDays", Texts.number(f.ageDays()));
            row.put("daysLeft", Texts.number(f.daysLeft()));
            row.put("state", f.state());
            row.put("caseReference", f.caseReference());
            row.put("offence", f.offence());
            rows.add(row);
        }
        return rows;
    }
}
