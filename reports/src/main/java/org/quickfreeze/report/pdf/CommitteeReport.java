package org.quickfreeze.report.pdf;

import java.awt.Image;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import net.sf.jasperreports.charts.util.DrawChartRendererImpl;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.quickfreeze.report.model.DaySummary;
import org.quickfreeze.report.model.DurationFigures;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.FollowUpFigures;
import org.quickfreeze.report.model.ReportHeader;
import org.quickfreeze.report.model.ReportModel;
import org.quickfreeze.report.model.VolumeRow;

/**
 * {@code committee-<period>.pdf}: the T-CY style submission. Aggregates only:
 * nothing that identifies a case is passed to the template.
 */
public final class CommitteeReport {

    /** Counterpart rows are shown from this many preservations on. */
    public static final int MIN_COUNTERPART_PRESERVATIONS = 5;

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
        p.put("generated", Texts.generated(h, organisation));
        p.put("keyFigures", new JRMapCollectionDataSource(keyFigures(model)));
        p.put("volumes", new JRMapCollectionDataSource(volumes(model)));
        p.put("followUp", new JRMapCollectionDataSource(followUp(model)));
        p.put("durations", new JRMapCollectionDataSource(durations(model)));
        p.put("figuresReport", templates.get("figures"));
        p.put("volumesReport", templates.get("volumes"));
        p.put("followUpReport", templates.get("follow-up"));
        p.put("durationsReport", templates.get("durations"));
        p.put("trendChart", new DrawChartRendererImpl(PdfCharts.backlogTrend(model.trend()), null));
        p.put("delayChart", new DrawChartRendererImpl(
                PdfCharts.delayHistogram(delays(model), h.followUpDays(), h.maxPreservationDays()), null));
        p.put("followUpNote", "All preservations not refused or withdrawn; counterparts with at least "
                + MIN_COUNTERPART_PRESERVATIONS + " preservations. Rates are over the preservations whose 60 (90) "
                + "days had passed by " + h.asOf() + "; an empty rate has nothing to count yet.");
        p.put("method", MethodText.of(h));
        PdfDocument.write(templates.get("committee"), p,
                new PdfDocument.Metadata("Follow-up of expedited preservation requests, " + Texts.parties(h) + ", "
                        + h.periodLabel(), "Preservation requests and their MLA follow-up as of " + h.asOf()
                        + " (Budapest Convention Art. 29, 30, 31)", organisation,
                        "Budapest Convention; T-CY; expedited preservation; mutual legal assistance"),
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
        FollowUpFigures all = model.overall();
        VolumeRow total = model.volumes().total();
        List<Map<String, ?>> rows = new ArrayList<>();
        rows.add(Figures.figure("Requests sent in the period", Texts.number(total.sentTotal())));
        rows.add(Figures.figure("Requests received in the period", Texts.number(total.receivedTotal())));
        rows.add(Figures.figure("Preservations as of " + model.header().asOf() + " (not refused or withdrawn)",
                Texts.number(all.preservations())));
        rows.add(Figures.figure("Followed up by an MLA request within 60 days", Texts.rate(all.within60())));
        rows.add(Figures.figure("Followed up by an MLA request within 90 days", Texts.rate(all.within90())));
        rows.add(Figures.figure("Median delay to the MLA request (days)", Texts.decimal(all.delay().median())));
        rows.add(Figures.figure("Flagged: no MLA request within 60 days", Texts.number(all.flagged())));
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

    static List<FollowUpFigures> committeeRows(List<FollowUpFigures> rows) {
        return rows.stream()
            .filter(r -> r.group().equals("all") || r.group().equals("direction")
                    || (r.group().equals("counterpart") && r.preservations() >= MIN_COUNTERPART_PRESERVATIONS))
            .toList();
    }

    private static List<Map<String, ?>> followUp(ReportModel model) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (FollowUpFigures r : committeeRows(model.followUp())) {
            DaySummary d = r.delay();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("group", r.group());
            row.put("value", r.value());
            row.put("preservations", Texts.number(r.preservations()));
            row.put("followedUp", Texts.number(r.followedUp()));
            row.put("flagged", Texts.number(r.flagged()));
            row.put("dueSoon", Texts.number(r.dueSoon()));
            row.put("matured60", Texts.number(r.matured60()));
            row.put("within60", Texts.rate(r.within60()));
            row.put("matured90", Texts.number(r.matured90()));
            row.put("within90", Texts.rate(r.within90()));
            row.put("delayMin", Texts.number(d.min()));
            row.put("delayMedian", Texts.decimal(d.median()));
            row.put("delayMean", Texts.decimal(d.mean()));
            row.put("delayP90", Texts.decimal(d.p90()));
            row.put("delayMax", Texts.number(d.max()));
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
