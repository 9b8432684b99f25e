package org.quickfreeze.report.pdf;

import java.awt.Image;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import net.sf.jasperreports.charts.util.DrawChartRendererImpl;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.quickfreeze.report.model.DaySummary;
import org.quickfreeze.report.model.DurationFigures;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.FollowUpFigures;
import org.quickfreeze.report.model.PeriodFigures;
import org.quickfreeze.report.model.ReportHeader;
import org.quickfreeze.report.model.ReportModel;
import org.quickfreeze.report.model.TimeToFollowUp;
import org.quickfreeze.report.model.VolumeRow;

/**
 * {@code committee-<period>.pdf}: the T-CY style submission. Aggregates only: nothing
 * that identifies a case is passed to the template.
 */
public final class CommitteeReport {

    /**
     * Counterpart rows of the period table are shown from this many 60-day deadlines in
     * the period on.
     */
    public static final int MIN_COUNTERPART_DEADLINES = 5;

    private final PdfTemplates templates;

    private final PdfSettings settings;

    public CommitteeReport(PdfTemplates templates, PdfSettings settings) {
        this.templates = templates;
        this.settings = settings;
    }

    public void write(ReportModel model, OutputStream out) {
        Fonts.registerWithJava2D();
        ReportHeader h = model.header();
        String organisation = organisation(settings, h);
        Map<String, Object> p = new HashMap<>();
        p.put("organisation", organisation);
        p.put("logo", logo(settings));
        p.put("reportTitle", "Follow-up of expedited preservation requests");
        p.put("subtitle", "Budapest Convention on Cybercrime, Articles 29–31, 33–35: submission to the Cybercrime "
                + "Convention Committee (T-CY)");
        p.put("scope", Texts.scope(h));
        p.put("periodLabel", Texts.period(h));
        p.put("generated", Texts.generated(h, organisation));
        p.put("keyFigures", new JRMapCollectionDataSource(keyFigures(model)));
        p.put("volumes", new JRMapCollectionDataSource(volumes(model)));
        p.put("asOfHeading", "As of " + h.asOf());
        p.put("asOfFigures", new JRMapCollectionDataSource(asOfFigures(model)));
        p.put("period", new JRMapCollectionDataSource(period(model)));
        p.put("timeToFollowUp", new JRMapCollectionDataSource(timeToFollowUp(model)));
        p.put("timeToFollowUpSentence", Texts.timeToFollowUp(model.overall().timeToFollowUp(), model.timeToFollowUp()));
        p.put("durations", new JRMapCollectionDataSource(durations(model)));
        p.put("figuresReport", templates.get("figures"));
        p.put("volumesReport", templates.get("volumes"));
        p.put("periodReport", templates.get("period"));
        p.put("timeToFollowUpReport", templates.get("time-to-follow-up"));
        p.put("durationsReport", templates.get("durations"));
        p.put("trendChart", new DrawChartRendererImpl(PdfCharts.backlogTrend(model.trend()), null));
        p.put("timeToFollowUpChart", new DrawChartRendererImpl(
                PdfCharts.timeToFollowUp(model.timeToFollowUp(), h.followUpDays(), h.maxPreservationDays()), null));
        p.put("delayChart", new DrawChartRendererImpl(
                PdfCharts.delayHistogram(delays(model), h.followUpDays(), h.maxPreservationDays()), null));
        p.put("periodNote", "Preservations not refused or withdrawn; counterparts with at least "
                + MIN_COUNTERPART_DEADLINES + " " + h.followUpDays() + "-day deadlines in the period. A deadline "
                + "counts in the period when it fell in it; its share met is final. Delays: from the start of "
                + "preservation to the MLA request, over the MLA requests made in the period. An empty share has "
                + "nothing to count.");
        p.put("method", MethodText.of(h));
        PdfDocument.write(templates.get("committee"), p,
                new PdfDocument.Metadata(
                        "Follow-up of expedited preservation requests, " + Texts.parties(h) + ", " + h.periodLabel(),
                        "Preservation requests and their MLA follow-up as of " + h.asOf()
                                + " (Budapest Convention Art. 29, 30, 31)",
                        organisation, "Budapest Convention; T-CY; expedited preservation; mutual legal assistance"),
                out);
    }

    static String organisation(PdfSettings settings, ReportHeader h) {
        return settings.organisation() == null || settings.organisation().isBlank() ? Texts.parties(h)
                : settings.organisation();
    }

    static Image logo(PdfSettings settings) {
        if (settings.logo() == null) {
            return null;
        }
        try {
            return ImageIO.read(settings.logo().toFile());
        }
        catch (IOException ex) {
            throw new UncheckedIOException("the logo " + settings.logo() + " cannot be read", ex);
        }
    }

    private static List<Map<String, ?>> keyFigures(ReportModel model) {
        ReportHeader h = model.header();
        PeriodFigures period = model.periodOverall();
        VolumeRow total = model.volumes().total();
        List<Map<String, ?>> rows = new ArrayList<>();
        rows.add(Figures.figure("Requests sent", Texts.number(total.sentTotal())));
        rows.add(Figures.figure("Requests received", Texts.number(total.receivedTotal())));
        rows.add(Figures.figure("Preservations opened (not refused or withdrawn)", Texts.number(period.opened())));
        rows.add(Figures.figure(h.followUpDays() + "-day deadlines that fell in the period",
                Texts.number(period.due60())));
        rows.add(Figures.figure("… met: MLA request within " + h.followUpDays() + " days",
                Texts.countAndRate(period.met60(), period.within60())));
        rows.add(Figures.figure(h.maxPreservationDays() + "-day deadlines that fell in the period",
                Texts.number(period.due90())));
        rows.add(Figures.figure("… met: MLA request within " + h.maxPreservationDays() + " days",
                Texts.countAndRate(period.met90(), period.within90())));
        rows.add(Figures.figure("MLA requests following up a preservation, made in the period",
                Texts.number(period.followedUp())));
        rows.add(Figures.figure("… median delay from the start of preservation (days)",
                Texts.decimal(period.delay().median())));
        rows.add(Figures.figure(
                "Preservations lapsed in the period (no MLA request by day " + h.maxPreservationDays() + ")",
                Texts.number(model.actions().list("LAPSED").size())));
        return rows;
    }

    private static List<Map<String, ?>> asOfFigures(ReportModel model) {
        List<Map<String, ?>> rows = new ArrayList<>();
        rows.add(Figures.figure("Waiting for an MLA request, in time or due soon",
                Texts.number(model.count("PENDING") + model.count("DUE_SOON"))));
        rows.add(Figures.figure("Overdue: no MLA request, day " + (model.header().followUpDays() + 1) + " to "
                + model.header().maxPreservationDays(), Texts.number(model.count("OVERDUE"))));
        rows.add(Figures.figure("Extended, still waiting for an MLA request", Texts.number(model.count("EXTENDED"))));
        return rows;
    }

    private static List<Map<String, ?>> volumes(ReportModel model) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (VolumeRow r : model.volumes().parties()) {
            rows.add(volume(r));
        }
        rows.add(volume(model.volumes().total()));
        return rows;
    }

    private static Map<String, ?> volume(VolumeRow r) {
        Map<String, Object> row = new HashMap<>();
        row.put("party", r.party());
        row.put("sentTotal", Texts.number(r.sentTotal()));
        row.put("sentPreservation", Texts.number(r.sentPreservation()));
        row.put("sentMla", Texts.number(r.sentMla()));
        row.put("to", String.join(", ", r.to()));
        row.put("receivedTotal", Texts.number(r.receivedTotal()));
        row.put("receivedPreservation", Texts.number(r.receivedPreservation()));
        row.put("receivedMla", Texts.number(r.receivedMla()));
        row.put("from", String.join(", ", r.from()));
        return row;
    }

    /**
     * The period rows the committee reads: all, by direction, and the counterparts with
     * enough deadlines.
     */
    static List<PeriodFigures> periodRows(List<PeriodFigures> rows) {
        return rows.stream()
            .filter(r -> r.group().equals("all") || r.group().equals("direction")
                    || (r.group().equals("counterpart") && r.due60() >= MIN_COUNTERPART_DEADLINES))
            .toList();
    }

    private static List<Map<String, ?>> period(ReportModel model) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (PeriodFigures r : periodRows(model.period())) {
            DaySummary d = r.delay();
            Map<String, Object> row = new HashMap<>();
            row.put("group", r.group());
            row.put("value", Texts.groupValue(r.value()));
            row.put("opened", Texts.number(r.opened()));
            row.put("followedUp", Texts.number(r.followedUp()));
            row.put("due60", Texts.number(r.due60()));
            row.put("met60", Texts.number(r.met60()));
            row.put("within60", Texts.rate(r.within60()));
            row.put("due90", Texts.number(r.due90()));
            row.put("met90", Texts.number(r.met90()));
            row.put("within90", Texts.rate(r.within90()));
            row.put("delayN", Texts.number(d.n()));
            row.put("delayMedian", Texts.decimal(d.median()));
            row.put("delayMean", Texts.decimal(d.mean()));
            row.put("delayP90", Texts.decimal(d.p90()));
            row.put("delayMax", Texts.number(d.max()));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, ?>> timeToFollowUp(ReportModel model) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (FollowUpFigures r : model.followUp()) {
            if (!r.group().equals("all") && !r.group().equals("direction")) {
                continue;
            }
            TimeToFollowUp km = r.timeToFollowUp();
            Map<String, Object> row = new HashMap<>();
            row.put("group", r.group());
            row.put("value", Texts.groupValue(r.value()));
            row.put("preservations", Texts.number(r.preservations()));
            row.put("matured60", Texts.number(r.matured60()));
            row.put("within60", Texts.rate(r.within60()));
            row.put("km60", Texts.percent(km.by60()));
            row.put("km90", Texts.percent(km.by90()));
            row.put("kmMedian", Texts.medianDay(km.median()));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, ?>> durations(ReportModel model) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (DurationFigures r : model.durations()) {
            DaySummary d = r.days();
            Map<String, Object> row = new HashMap<>();
            row.put("measure", r.measure());
            row.put("direction", r.direction());
            row.put("n", Texts.number(d.n()));
            row.put("min", Texts.number(d.min()));
            row.put("median", Texts.decimal(d.median()));
            row.put("mean", Texts.decimal(d.mean()));
            row.put("p90", Texts.decimal(d.p90()));
            row.put("max", Texts.number(d.max()));
            String share = Texts.rate(r.share());
            row.put("share", r.shareLabel() == null || share.isEmpty() ? "" : share + " " + r.shareLabel());
            rows.add(row);
        }
        return rows;
    }

    /** The delays of the followed-up preservations that are not excluded. */
    static int[] delays(ReportModel model) {
        return model.findings()
            .stream()
            .filter(f -> f.delayDays() != null && !"EXCLUDED".equals(f.state()))
            .mapToInt(FindingRow::delayDays)
            .toArray();
    }

}
