package org.quickfreeze.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.quickfreeze.audit.AuditScope;
import org.quickfreeze.ingest.RejectRepository;
import org.quickfreeze.output.OutputFiles.Output;
import org.quickfreeze.report.csv.FindingsCsvWriter;
import org.quickfreeze.report.csv.RejectsCsvWriter;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.ReportModel;
import org.quickfreeze.report.pdf.CommitteeReport;
import org.quickfreeze.report.pdf.MonthlyReport;
import org.quickfreeze.report.workbook.ComplianceWorkbook;
import org.quickfreeze.report.workbook.EuStatisticsWorkbook;
import org.quickfreeze.run.RunMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the run's outputs into the output folder and prints the summary: every output
 * for the compliance run (the EU statistics when European orders were issued in the
 * period), the findings and the due-soon list for the weekly check.
 */
public class OutputTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(OutputTasklet.class);

    /**
     * The files written, one path a line, kept in the job's context: the mail describes
     * them, also when a restart only sends it.
     */
    public static final String WRITTEN = "outputs.written";

    private final ReportModelBuilder modelBuilder;

    private final RejectRepository rejectedRows;

    private final OutputFiles outputs;

    private final ConsoleSummary console;

    private final CommitteeReport committeeReport;

    private final MonthlyReport monthlyReport;

    private final ReportLanguages languages;

    private final AuditScope run;

    private final RunMode mode;

    public OutputTasklet(ReportModelBuilder modelBuilder, RejectRepository rejectedRows, OutputFiles outputs,
            ConsoleSummary console, CommitteeReport committeeReport, MonthlyReport monthlyReport,
            ReportLanguages languages, AuditScope run, RunMode mode) {
        this.modelBuilder = modelBuilder;
        this.rejectedRows = rejectedRows;
        this.outputs = outputs;
        this.console = console;
        this.committeeReport = committeeReport;
        this.monthlyReport = monthlyReport;
        this.languages = languages;
        this.run = run;
        this.mode = mode;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        long jobInstanceId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstanceId();
        long start = System.nanoTime();
        ReportModel model = modelBuilder.build(jobInstanceId, run);
        log.info(String.format(Locale.ROOT, "report model of %d findings built in %.1f s", model.findings().size(),
                (System.nanoTime() - start) / 1e9));
        String day = run.asOfDay().toString();
        List<Path> written;
        try (OutputFiles.Drafts drafts = outputs.drafts()) {
            drafts.writeText("findings-" + day + ".csv", out -> writeFindings(model.findings(), out));
            if (mode == RunMode.WEEKLY) {
                drafts.writeText("due-soon-" + day + ".csv", out -> writeFindings(dueSoon(model), out));
            }
            else {
                writeRejects(jobInstanceId, "rejects-" + day + ".csv", drafts);
                String workbook = "compliance-" + day + ".xlsx";
                List<Output> workbooks = new ArrayList<>();
                workbooks
                    .add(new Output(workbook, out -> new ComplianceWorkbook(languages.workbook()).write(model, out)));
                if (model.europeanOrders().hasOrders()) {
                    workbooks.add(new Output("eu-statistics-" + run.period().fileLabel() + ".xlsx",
                            out -> new EuStatisticsWorkbook(languages.euStatistics()).write(model, out)));
                }
                List<Output> pdfs = List.of(
                        new Output("monthly-" + day + ".pdf", out -> monthlyReport.write(model, workbook, out)),
                        new Output("committee-" + run.period().fileLabel() + ".pdf",
                                out -> committeeReport.write(model, out)));
                drafts.writeSideBySide(List.of(workbooks, pdfs));
            }
            written = drafts.publish();
        }
        chunkContext.getStepContext()
            .getStepExecution()
            .getJobExecution()
            .getExecutionContext()
            .putString(WRITTEN, String.join("\n", written.stream().map(Path::toString).toList()));
        contribution.incrementWriteCount(model.findings().size());
        console.print(model, written);
        return RepeatStatus.FINISHED;
    }

    private static void writeFindings(List<FindingRow> findings, Writer out) throws IOException {
        try (FindingsCsvWriter csv = new FindingsCsvWriter(out)) {
            for (FindingRow f : findings) {
                csv.write(f);
            }
        }
    }

    /** The due-soon findings, fewest days left first. */
    public static List<FindingRow> dueSoon(ReportModel model) {
        return model.findings()
            .stream()
            .filter(FindingRow::dueSoon)
            .sorted(Comparator.comparing(FindingRow::daysLeft))
            .toList();
    }

    private void writeRejects(long jobInstanceId, String name, OutputFiles.Drafts drafts) throws IOException {
        int[] widest = { 0 };
        rejectedRows.forEach(jobInstanceId, r -> widest[0] = Math.max(widest[0], r.cells().size()));
        drafts.writeText(name, out -> {
            try (RejectsCsvWriter csv = new RejectsCsvWriter(out, widest[0])) {
                IOException[] failure = { null };
                rejectedRows.forEach(jobInstanceId, r -> {
                    try {
                        if (failure[0] == null) {
                            csv.write(r);
                        }
                    }
                    catch (IOException ex) {
                        failure[0] = ex;
                    }
                });
                if (failure[0] != null) {
                    throw failure[0];
                }
            }
        });
    }

}
