package org.quickfreeze.ingest.inbox;

import java.time.Clock;

import org.quickfreeze.ingest.SourceFileRepository;
import org.quickfreeze.run.RunParameters;
import org.quickfreeze.run.StepProgress;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The step that clears the inbox once its files are in the store. */
@Configuration(proxyBeanMethods = false)
class ArchiveConfiguration {

    @Bean
    Step archiveStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StepProgress stepProgress, ArchiveTasklet archiveTasklet) {
        return new StepBuilder("archive", jobRepository).tasklet(archiveTasklet, transactionManager)
            .listener(stepProgress)
            .build();
    }

    @Bean
    @StepScope
    ArchiveTasklet archiveTasklet(SourceFileRepository sourceFiles, Clock clock, RunParameters run) {
        return new ArchiveTasklet(sourceFiles, run.inbox() == null ? null : new Inbox(run.inbox()), clock, run.runId());
    }

}
