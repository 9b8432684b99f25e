package org.quickfreeze.report.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.quickfreeze.report.model.DaySummary;
import org.quickfreeze.report.model.DurationFigures;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.FollowUpFigures;
import org.quickfreeze.report.model.PeriodFigures;
import org.quickfreeze.report.model.ReportModel;
import org.quickfreeze.report.model.StateName;
import org.quickfreeze.report.model.ReportHeader;
import org.quickfreeze.report.model.TimeToFollowUp;
import org.quickfreeze.report.text.DurationWords;
import org.quickfreeze.report.text.Messages;

/**
 * The monthly compliance workbook, {@code compliance-<D>.xlsx}. The sheets that can be
 * long (the case lists and the statistics) are streamed with SXSSF so that memory stays
 * flat whatever their length; the small ones with more than a plain table
 * ({@code Volumes}, {@code Backlog} with its native chart, {@code Data quality}) are
 * built with XSSF first, and the streaming workbook is then opened on top of them.
 */
public final class ComplianceWorkbook {

    /** The sheets in their order, by the keys of their names in the message bundles. */
    public static final List<String> SHEETS = List.of("sheet.summary", "sheet.flags", "sheet.dueSoon", "sheet.followUp",
            "sheet.period", "sheet.timeToFollowUp", "sheet.durations", "sheet.volumes", "sheet.backlog",
            "sheet.dataQuality");

    /**
     * The state's code for filters and formulas, its name (last, so that the earlier
     * columns keep their place) for people.
     */
    static final String[] FINDING_COLUMNS = { "register", "request_id", "party", "direction", "counterpart",
            "request_type", "requested_on", "start_on", "age_days", "days_left", "state", "severity", "case_reference",
            "offence", "state_name" };

    private static final int ROWS_IN_MEMORY = 200;

    private static final TimeToFollowUp NO_TIME_TO_FOLLOW_UP = new TimeToFollowUp(null, null, null, null, null);

    private final Path temporaryParent;

    private final Messages messages;

    /**
     * A workbook whose long sheets go through temporary files in a folder of their own
     * inside the JVM's temporary folder.
     * @param messages the texts of the workbook's language
     */
    public ComplianceWorkbook(Messages messages) {
        this(Path.of(System.getProperty("java.io.tmpdir")), messages);
    }

    public ComplianceWorkbook(Path temporaryParent, Messages messages) {
        this.temporaryParent = temporaryParent;
        this.messages = messages;
    }

    /**
     * Writes the workbook. When its temporary files cannot be written (their disk is
     * full, say), a {@link TemporaryFilesNotWritten} says so; a failure to write to
     * {@code out} is thrown as it is.
     */
    public void write(ReportModel model, OutputStream out) throws IOException {
        new PrivateTemporaryFiles(temporaryParent).write(out, streamed -> writeStreaming(model, streamed));
    }

    private void writeStreaming(ReportModel model, OutputStream out) throws IOException {
        ReportHeader h = model.header();
        Messages m = messages.withLimits(h.followUpDays(), h.maxPreservationDays(), h.dueSoonDays());
        SheetNames names = new SheetNames(m);
        try (XSSFWorkbook template = new XSSFWorkbook()) {
            for (String key : SHEETS) {
                template.createSheet(names.of(key));
            }
            CellStyles styles = new CellStyles(template);
            new VolumesSheet(template.getSheet(names.of("sheet.volumes")), styles, m).write(model);
            new BacklogSheet(template.getSheet(names.of("sheet.backlog")), styles, m).write(model.trend());
            new TimeToFollowUpSheet(template.getSheet(names.of("sheet.timeToFollowUp")), styles, m)
                .write(model.timeToFollowUp());
            new DataQualitySheet(template.getSheet(names.of("sheet.dataQuality")), styles, m)
                .write(model.dataQuality());

            SXSSFWorkbook workbook = new SXSSFWorkbook(template, ROWS_IN_MEMORY);
            try {
                new SummarySheet(workbook.getSheet(names.of("sheet.summary")), styles, m).write(model);
                writeFindings(new TableWriter(workbook.getSheet(names.of("sheet.flags")), styles), m,
                        model.findings().stream().filter(FindingRow::flagged).toList());
                writeFindings(new TableWriter(workbook.getSheet(names.of("sheet.dueSoon")), styles), m,
                        model.findings()
                            .stream()
                            .filter(FindingRow::dueSoon)
                            .sorted(Comparator.comparing(FindingRow::daysLeft))
                            .toList());
                writeFollowUp(new TableWriter(workbook.getSheet(names.of("sheet.followUp")), styles), m,
                        model.followUp());
                writePeriod(new TableWriter(workbook.getSheet(names.of("sheet.period")), styles), m, model.period());
                writeDurations(new TableWriter(workbook.getSheet(names.of("sheet.durations")), styles), m,
                        model.durations());
                workbook.setActiveSheet(0);
                workbook.write(out);
            }
            finally {
                workbook.close();
            }
        }
    }

    private static void writeFindings(TableWriter table, Messages m, List<FindingRow> findings) {
        int header = table.header(Columns.titles(m, FINDING_COLUMNS));
        for (FindingRow f : findings) {
            table.row(f.register(), f.requestId(), f.party(), f.direction(), f.counterpart(), f.requestType(),
                    f.requestedOn(), f.startOn(), f.ageDays(), f.daysLeft(), f.state(), f.severity(), f.caseReference(),
                    f.offence(),
                    m.has(StateName.nameKey(f.state())) ? m.text(StateName.nameKey(f.state())) : f.state());
        }
        table.autoFilter(header, table.nextRow() - 1, FINDING_COLUMNS.length);
        table.finish(1);
    }

    private static void writeFollowUp(TableWriter table, Messages m, List<FollowUpFigures> rows) {
        String[] columns = { "group", "value", "preservations", "followed_up", "flagged", "due_soon", "matured_60",
                "within_60_rate", "matured_90", "within_90_rate", "delay_min", "delay_median", "delay_mean",
                "delay_p90", "delay_max", "km_30", "km_60", "km_90", "km_180", "km_median" };
        int header = table.header(Columns.titles(m, columns));
        for (FollowUpFigures r : rows) {
            DaySummary d = r.delay();
            TimeToFollowUp t = r.timeToFollowUp() == null ? NO_TIME_TO_FOLLOW_UP : r.timeToFollowUp();
            table.row(r.group(), r.value(), r.preservations(), r.followedUp(), r.flagged(), r.dueSoon(), r.matured60(),
                    r.within60(), r.matured90(), r.within90(), d.min(), d.median(), d.mean(), d.p90(), d.max(),
                    Percent.of(t.by30()), Percent.of(t.by60()), Percent.of(t.by90()), Percent.of(t.by180()),
                    t.median());
        }
        table.autoFilter(header, table.nextRow() - 1, columns.length);
        table.finish(1);
    }

    private static void writePeriod(TableWriter table, Messages m, List<PeriodFigures> rows) {
        String[] columns = { "group", "value", "opened", "followed_up", "due_60", "met_60", "within_60_rate", "due_90",
                "met_90", "within_90_rate", "delay_n", "delay_min", "delay_median", "delay_mean", "delay_p90",
                "delay_max" };
        int header = table.header(Columns.titles(m, columns));
        for (PeriodFigures r : rows) {
            DaySummary d = r.delay();
            table.row(r.group(), r.value(), r.opened(), r.followedUp(), r.due60(), r.met60(), r.within60(), r.due90(),
                    r.met90(), r.within90(), d.n(), d.min(), d.median(), d.mean(), d.p90(), d.max());
        }
        table.autoFilter(header, table.nextRow() - 1, columns.length);
        table.finish(1);
    }

    private static void writeDurations(TableWriter table, Messages m, List<DurationFigures> rows) {
        String[] columns = { "measure", "direction", "n", "min", "median", "mean", "p90", "max", "share",
                "share_rate" };
        int header = table.header(Columns.titles(m, columns));
        for (DurationFigures r : rows) {
            DaySummary d = r.days();
            table.row(DurationWords.measure(r.measure(), m), r.direction(), d.n(), d.min(), d.median(), d.mean(),
                    d.p90(), d.max(), DurationWords.within(r.shareDays(), m), r.share());
        }
        table.autoFilter(header, table.nextRow() - 1, columns.length);
        table.finish(1);
    }

}
