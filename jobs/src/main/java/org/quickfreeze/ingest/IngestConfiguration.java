package org.quickfreeze.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.quickfreeze.ingest.export.RecordLimits;
import org.quickfreeze.ingest.layout.RegisterMappings;
import org.quickfreeze.run.QuickfreezeProperties;
import org.quickfreeze.run.RunParameters;
import org.quickfreeze.run.StepProgress;
import org.quickfreeze.run.TaskletSteps;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The steps that bring the exports into the store: inspect the input files, ingest their
 * rows (chunk-oriented: read, validate, write), mark the files loaded.
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    @Bean
    Step inspectStep(TaskletSteps steps, InspectTasklet inspectTasklet) {
        return steps.step("inspect", inspectTasklet);
    }

    @Bean
    @StepScope
    InspectTasklet inspectTasklet(SourceFileRepository sourceFiles, QuickfreezeProperties settings, RunParameters run) {
        // files of the inbox are moved to its failed/ folder later; files named by
        // --input stay, a copy is set aside
        Quarantine quarantine = run.inbox() == null
                ? new Quarantine(run.out().resolve("failed"), settings.internalOutputs()) : Quarantine.NONE;
        return new InspectTasklet(sourceFiles, exportFormats(settings, run.inputs()), quarantine, run.inputs(),
                run.party(), run.inbox() != null);
    }

    @Bean
    Step ingestStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StepProgress stepProgress, ReadAhead readAhead, CaseRequestWriter caseRequestWriter,
            QuickfreezeProperties settings) {
        return new StepBuilder("ingest", jobRepository).<RowOutcome, RowOutcome>chunk(settings.chunkSize())
            .transactionManager(transactionManager)
            .reader(readAhead)
            .writer(caseRequestWriter)
            .listener(stepProgress)
            .build();
    }

    @Bean
    @StepScope
    ReadAhead readAhead(SourceFileRepository sourceFiles, JdbcTemplate jdbc, QuickfreezeProperties settings,
            RunParameters run) {
        CaseExportReader reader = new CaseExportReader(sourceFiles, exportFormats(settings, run.inputs()), run.runId());
        FirstRows firstRows = new FirstRows(jdbc);
        return new ReadAhead(reader, new RowProcessor(firstRows), firstRows, 2 * settings.chunkSize());
    }

    @Bean
    CaseRequestWriter caseRequestWriter(JdbcTemplate jdbc, SourceFileRepository sourceFiles) {
        return new CaseRequestWriter(jdbc, sourceFiles, caseRequestMerge(jdbc));
    }

    /**
     * PostgreSQL takes rows fastest by {@code COPY}; H2 as the parameters of statements.
     */
    static CaseRequestMerge caseRequestMerge(JdbcTemplate jdbc) {
        String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        return "PostgreSQL".equals(database) ? new CopyThenMerge(jdbc) : new MergeStatements(jdbc);
    }

    @Bean
    Step loadedStep(TaskletSteps steps, LoadedTasklet loadedTasklet) {
        return steps.step("loaded", loadedTasklet);
    }

    @Bean
    @StepScope
    LoadedTasklet loadedTasklet(SourceFileRepository sourceFiles, Clock clock, RunParameters run) {
        return new LoadedTasklet(sourceFiles, clock, run.runId());
    }

    private static ExportFormats exportFormats(QuickfreezeProperties settings, List<Path> inputs) {
        return new ExportFormats(RecordLimits.DEFAULT, RegisterMappings.forInputs(settings.registers(), inputs));
    }

}
