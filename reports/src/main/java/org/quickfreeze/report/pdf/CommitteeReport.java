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
import org.quickfreeze.report.text.DurationWords;
import org.quickfreeze.report.text.Messages;

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

    private final Messages messages;

    /**
     * @param messages the texts of the report's language
     */
    public CommitteeReport(PdfTemplates templates, PdfSettings settings, Messages messages) {
        this.templates = templates;
        this.settings = settings;
        this.messages = messages;
    }

    public void write(ReportModel model, OutputStream out) {
        Fonts.registerWithJava2D();
        ReportHeader h = model.header();
        Texts t = new Texts(messages.withLimits(h.followUpDays(), h.maxPreservationDays(), h.dueSoonDays()));
        String organisation = organisation(settings, h, t);
        Map<String, Object> p = new HashMap<>();
        p.put("organisation", organisation);
        p.put("logo", logo(settings));
        p.put("scope", t.scope(h));
        p.put("keyFiguresHeading", t.text("committee.keyFigures.heading", "period", t.period(h)));
        p.put("generated", t.generated(h, organisation));
        p.put("keyFigures", new JRMapCollectionDataSource(keyFigures(model, t)));
        p.put("volumes", new JRMapCollectionDataSource(volumes(model, t)));
        p.put("asOfHeading", t.text("pdf.asOf", "day", h.asOf()));
        p.put("asOfFigures", new JRMapCollectionDataSource(asOfFigures(model, t)));
        p.put("period", new JRMapCollectionDataSource(period(model, t)));
        p.put("timeToFollowUp", new JRMapCollectionDataSource(timeToFollowUp(model, t)));
        p.put("timeToFollowUpSentence", t.timeToFollowUp(model.overall().timeToFollowUp(), model.timeToFollowUp()));
        p.put("durations", new JRMapCollectionDataSource(durations(model, t)));
        p.put("figuresReport", templates.get("figures"));
        p.put("volumesReport", templates.get("volumes"));
        p.put("periodReport", templates.get("period"));
        p.put("timeToFollowUpReport", templates.get("time-to-follow-up"));
        p.put("durationsReport", templates.get("durations"));
        p.put("trendChart", new DrawChartRendererImpl(PdfCharts.backlogTrend(model.trend(), t.messages()), null));
        p.put("timeToFollowUpChart", new DrawChartRendererImpl(PdfCharts.timeToFollowUp(model.timeToFollowUp(),
                h.followUpDays(), h.maxPreservationDays(), t.messages()), null));
        p.put("delayChart", new DrawChartRendererImpl(
                PdfCharts.delayHistogram(delays(model), h.followUpDays(), h.maxPreservationDays(), t.messages()),
                null));
        p.put("periodNote", t.text("committee.period.note", "minDeadlines", MIN_COUNTERPART_DEADLINES));
        p.put("method", MethodText.of(h, t));
        PdfDocument.write(templates.get("committee"), p, t.messages(),
                new PdfDocument.Metadata(
                        t.text("committee.document.title", "parties", t.parties(h), "period", h.periodLabel()),
                        t.text("committee.document.subject", "asOf", h.asOf()), organisation,
                        t.text("committee.document.keywords")),
                out);
    }

    static String organisation(PdfSettings settings, ReportHeader h, Texts t) {
        return settings.organisation() == null || settings.organisation().isBlank() ? t.parties(h)
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

    private static List<Map<String, ?>> keyFigures(ReportModel model, Texts t) {
        PeriodFigures period = model.periodOverall();
        VolumeRow total = model.volumes().total();
        List<Map<String, ?>> rows = new ArrayList<>();
        rows.add(Figures.figure(t.text("committee.figure.sent"), t.number(total.sentTotal())));
        rows.add(Figures.figure(t.text("committee.figure.received"), t.number(total.receivedTotal())));
        rows.add(Figures.figure(t.text("committee.figure.opened"), t.number(period.opened())));
        rows.add(Figures.figure(t.text("committee.figure.due60"), t.number(period.due60())));
        rows.add(Figures.figure(t.text("committee.figure.met60"), t.countAndRate(period.met60(), period.within60())));
        rows.add(Figures.figure(t.text("committee.figure.due90"), t.number(period.due90())));
        rows.add(Figures.figure(t.text("committee.figure.met90"), t.countAndRate(period.met90(), period.within90())));
        rows.add(Figures.figure(t.text("committee.figure.followedUp"), t.number(period.followedUp())));
        rows.add(Figures.figure(t.text("committee.figure.medianDelay"), t.decimal(period.delay().median())));
        rows.add(Figures.figure(t.text("committee.figure.lapsed"), t.number(model.actions().list("LAPSED").size())));
        return rows;
    }

    private static List<Map<String, ?>> asOfFigures(ReportModel model, Texts t) {
        List<Map<String, ?>> rows = new ArrayList<>();
        rows.add(Figures.figure(t.text("committee.figure.waiting"),
                t.number(model.count("PENDING") + model.count("DUE_SOON"))));
        rows.add(Figures.figure(t.text("committee.figure.overdue"), t.number(model.count("OVERDUE"))));
        rows.add(Figures.figure(t.text("committee.figure.extended"), t.number(model.count("EXTENDED"))));
        return rows;
    }

    private static List<Map<String, ?>> volumes(ReportModel model, Texts t) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (VolumeRow r : model.volumes().parties()) {
            rows.add(volume(r, t));
        }
        Map<String, Object> total = new HashMap<>(volume(model.volumes().total(), t));
        total.put("party", t.text("volumes.total"));
        rows.add(total);
        return rows;
    }

    private static Map<String, ?> volume(VolumeRow r, Texts t) {
        Map<String, Object> row = new HashMap<>();
        row.put("party", r.party());
        row.put("sentTotal", t.number(r.sentTotal()));
        row.put("sentPreservation", t.number(r.sentPreservation()));
        row.put("sentMla", t.number(r.sentMla()));
        row.put("to", String.join(", ", r.to()));
        row.put("receivedTotal", t.number(r.receivedTotal()));
        row.put("receivedPreservation", t.number(r.receivedPreservation()));
        row.put("receivedMla", t.number(r.receivedMla()));
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

    private static List<Map<String, ?>> period(ReportModel model, Texts t) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (PeriodFigures r : periodRows(model.period())) {
            DaySummary d = r.delay();
            Map<String, Object> row = new HashMap<>();
            row.put("group", t.group(r.group()));
            row.put("value", t.groupValue(r.value()));
            row.put("opened", t.number(r.opened()));
            row.put("followedUp", t.number(r.followedUp()));
            row.put("due60", t.number(r.due60()));
            row.put("met60", t.number(r.met60()));
            row.put("within60", t.rate(r.within60()));
            row.put("due90", t.number(r.due90()));
            row.put("met90", t.number(r.met90()));
            row.put("within90", t.rate(r.within90()));
            row.put("delayN", t.number(d.n()));
            row.put("delayMedian", t.decimal(d.median()));
            row.put("delayMean", t.decimal(d.mean()));
            row.put("delayP90", t.decimal(d.p90()));
            row.put("delayMax", t.number(d.max()));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, ?>> timeToFollowUp(ReportModel model, Texts t) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (FollowUpFigures r : model.followUp()) {
            if (!r.group().equals("all") && !r.group().equals("direction")) {
                continue;
            }
            TimeToFollowUp km = r.timeToFollowUp();
            Map<String, Object> row = new HashMap<>();
            row.put("group", t.group(r.group()));
            row.put("value", t.groupValue(r.value()));
            row.put("preservations", t.number(r.preservations()));
            row.put("matured60", t.number(r.matured60()));
            row.put("within60", t.rate(r.within60()));
            row.put("km60", t.percent(km.by60()));
            row.put("km90", t.percent(km.by90()));
            row.put("kmMedian", t.medianDay(km.median()));
            rows.add(row);
        }
        return rows;
    }

    private static List<Map<String, ?>> durations(ReportModel model, Texts t) {
        List<Map<String, ?>> rows = new ArrayList<>();
        for (DurationFigures r : model.durations()) {
            DaySummary d = r.days();
            Map<String, Object> row = new HashMap<>();
            row.put("measure", DurationWords.measure(r.measure(), t.messages()));
            row.put("direction", t.groupValue(r.direction()));
            row.put("n", t.number(d.n()));
            row.put("min", t.number(d.min()));
            row.put("median", t.decimal(d.median()));
            row.put("mean", t.decimal(d.mean()));
            row.put("p90", t.decimal(d.p90()));
            row.put("max", t.number(d.max()));
            row.put("share",
                    DurationWords.share(r.shareDays(), r.share() == null ? null : r.share().percent(), t.messages()));
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
