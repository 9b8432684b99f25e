package org.quickfreeze.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.quickfreeze.QuickfreezeProperties;
import org.quickfreeze.audit.AuditRun;
import org.quickfreeze.audit.AuditTasklet;
import org.quickfreeze.audit.Findings;
import org.quickfreeze.audit.ReportingPeriod;
import org.quickfreeze.audit.RequestFiguresRepository;
import org.quickfreeze.cli.Console;
import org.quickfreeze.ingest.CaseExportReader;
import org.quickfreeze.ingest.ArchiveTasklet;
import org.quickfreeze.ingest.ExportFiles;
import org.quickfreeze.ingest.Inbox;
import org.quickfreeze.ingest.CsvLimits;
import org.quickfreeze.ingest.InspectTasklet;
import org.quickfreeze.ingest.FirstRows;
import org.quickfreeze.ingest.LoadedTasklet;
import org.quickfreeze.ingest.Quarantine;
import org.quickfreeze.ingest.ReadRow;
import org.quickfreeze.ingest.RejectedRows;
import org.quickfreeze.ingest.RowOutcome;
import org.quickfreeze.ingest.RowProcessor;
import org.quickfreeze.ingest.SourceFiles;
import org.quickfreeze.ingest.StoreWriter;
import org.quickfreeze.output.ConsoleSummary;
import org.quickfreeze.output.OutputFiles;
import org.quickfreeze.output.OutputTasklet;
import org.quickfreeze.output.ReportModelBuilder;
import org.quickfreeze.report.pdf.CommitteeReport;
import org.quickfreeze.report.pdf.MonthlyReport;
import org.quickfreeze.report.pdf.PdfTemplates;
import org.quickfreeze.store.CaseRequests;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The compliance audit job: inspect the input files, ingest their rows into
 * the store (chunk-oriented), mark the files loaded, archive the inbox's
 * files, audit the store as of D, write the outputs.
 */
@Configuration
public class AuditJobConfiguration {

    public static final String JOB_NAME = "complianceAudit";

    private static final String JOB_INSTANCE_ID = "#{stepExecution.jobExecution.jobInstanceId}";

    @Bean
    public Job complianceAudit(JobRepository jobRepository, Step inspectStep, Step ingestStep, Step loadedStep,
            Step archiveStep, Step auditStep, Step outputStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(inspectStep)
            .next(ingestStep)
            .next(loadedStep)
            .next(archiveStep)
            .next(auditStep)
            .next(outputStep)
            .build();
    }

    @Bean
    public Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    @ConditionalOnMissingBean
    public Console console() {
        return Console.system();
    }

    @Bean
    public StepProgress stepProgress() {
        return new StepProgress();
    }

    @Bean
    public PdfTemplates pdfTemplates() {
        return new PdfTemplates();
    }

    @Bean
    public Step inspectStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StepProgress stepProgress,
            InspectTasklet inspectTasklet) {
        return new StepBuilder("inspect", jobRepository).tasklet(inspectTasklet, transactionManager)
            .listener(stepProgress)
            .build();
    }

    @Bean
    @StepScope
    public InspectTasklet inspectTasklet(SourceFiles sourceFiles, QuickfreezeProperties properties,
            @Value("#{jobParameters['" + JobParameterNames.INPUTS + "']}") String inputs,
            @Value("#{jobParameters['" + JobParameterNames.PARTY + "']}") String party,
            @Value("#{jobParameters['" + JobParameterNames.OUT + "']}") String out,
            @Value("#{jobParameters['" + JobParameterNames.INBOX + "']}") String inbox) {
        List<Path> paths = paths(inputs);
        // files of the inbox are moved to its failed/ folder later; files named by --input stay, a copy is set aside
        Quarantine quarantine = inbox == null || inbox.isEmpty() ? new Quarantine(Path.of(out).resolve("failed"))
                : Quarantine.NONE;
        return new InspectTasklet(sourceFiles, exportFiles(properties, paths), quarantine, paths,
                party == null || party.isEmpty() ? null : party);
    }

    @Bean
    public Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StepProgress stepProgress,
            CaseExportReader caseExportReader, StoreWriter storeWriter, JdbcTemplate jdbc,
            QuickfreezeProperties properties) {
        FirstRows firstRows = new FirstRows(jdbc);
        return new StepBuilder("ingest", jobRepository).<ReadRow, RowOutcome>chunk(properties.chunkSize())
            .transactionManager(transactionManager)
            .reader(caseExportReader)
            .processor(new RowProcessor(firstRows))
            .writer(storeWriter)
            .stream(firstRows)
            .listener((StepExecutionListener) stepProgress)
            .listener((ItemWriteListener<Object>) stepProgress)
            .build();
    }

    @Bean
    @StepScope
    public CaseExportReader caseExportReader(SourceFiles sourceFiles, QuickfreezeProperties properties,
            @Value("#{jobParameters['" + JobParameterNames.INPUTS + "']}") String inputs,
            @Value(JOB_INSTANCE_ID) Long jobInstanceId) {
        return new CaseExportReader(sourceFiles, exportFiles(properties, paths(inputs)), jobInstanceId);
    }

    private static List<Path> paths(String inputs) {
        return inputs == null || inputs.isEmpty() ? List.of() : Arrays.stream(inputs.split("\n")).map(Path::of).toList();
    }

    private static ExportFiles exportFiles(QuickfreezeProperties properties, List<Path> inputs) {
        return new ExportFiles(CsvLimits.DEFAULT, properties.mappings(inputs));
    }

    @Bean
    public StoreWriter storeWriter(JdbcTemplate jdbc, SourceFiles sourceFiles) {
        return new StoreWriter(jdbc, sourceFiles);
    }

    @Bean
    public Step loadedStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StepProgress stepProgress, LoadedTasklet loadedTasklet) {
        return new StepBuilder("loaded", jobRepository).tasklet(loadedTasklet, transactionManager)
            .listener(stepProgress)
            .build();
    }

    @Bean
    @StepScope
    public LoadedTasklet loadedTasklet(SourceFiles sourceFiles, Clock clock,
            @Value(JOB_INSTANCE_ID) Long jobInstanceId) {
        return new LoadedTasklet(sourceFiles, clock, jobInstanceId);
    }

    @Bean
    public Step archiveStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StepProgress stepProgress, ArchiveTasklet archiveTasklet) {
        return new StepBuilder("archive", jobRepository).tasklet(archiveTasklet, transactionManager)
            .listener(stepProgress)
            .build();
    }

    @Bean
    @StepScope
    public ArchiveTasklet archiveTasklet(SourceFiles sourceFiles, Clock clock,
            @Value("#{jobParameters['" + JobParameterNames.INBOX + "']}") String inbox,
            @Value(JOB_INSTANCE_ID) Long jobInstanceId) {
        return new ArchiveTasklet(sourceFiles, inbox == null || inbox.isEmpty() ? null : new Inbox(Path.of(inbox)),
                clock, jobInstanceId);
    }

    @Bean
    public Step auditStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StepProgress stepProgress,
            AuditTasklet auditTasklet) {
        return new StepBuilder("audit", jobRepository).tasklet(auditTasklet, transactionManager)
            .listener(stepProgress)
            .build();
    }

    @Bean
    @StepScope
    public AuditTasklet auditTasklet(CaseRequests caseRequests, Findings findings,
            RequestFiguresRepository requestFigures, QuickfreezeProperties properties,
            @Value("#{jobParameters['" + JobParameterNames.AS_OF + "']}") String asOf,
            @Value("#{jobParameters['" + JobParameterNames.PERIOD + "']}") String period) {
        return new AuditTasklet(caseRequests, findings, requestFigures, auditRun(properties, asOf, period));
    }

    @Bean
    public Step outputStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StepProgress stepProgress,
            OutputTasklet outputTasklet) {
        return new StepBuilder("output", jobRepository).tasklet(outputTasklet, transactionManager)
            .listener(stepProgress)
            .build();
    }

    @Bean
    @StepScope
    public OutputTasklet outputTasklet(Findings findings, RequestFiguresRepository requestFigures, SourceFiles sourceFiles,
            RejectedRows rejectedRows, Clock clock, QuickfreezeProperties properties, Console console,
            PdfTemplates pdfTemplates,
            @Value("#{jobParameters['" + JobParameterNames.AS_OF + "']}") String asOf,
            @Value("#{jobParameters['" + JobParameterNames.PERIOD + "']}") String period,
            @Value("#{jobParameters['" + JobParameterNames.OUT + "']}") String out,
            @Value("#{jobParameters['" + JobParameterNames.MODE + "']}") String mode) {
        return new OutputTasklet(new ReportModelBuilder(findings, requestFigures, sourceFiles, rejectedRows, clock),
                rejectedRows, new OutputFiles(Path.of(out)), new ConsoleSummary(console.out()),
                new CommitteeReport(pdfTemplates, properties.pdf()), new MonthlyReport(pdfTemplates, properties.pdf()),
                auditRun(properties, asOf, period), RunMode.valueOf(mode));
    }

    private static AuditRun auditRun(QuickfreezeProperties properties, String asOf, String period) {
        return new AuditRun(LocalDate.parse(asOf), ReportingPeriod.parse(period), properties.limits());
    }
}
