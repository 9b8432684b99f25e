package org.quickfreeze.job;

import java.time.Clock;

import org.quickfreeze.run.RunParameters;
import org.quickfreeze.run.StepProgress;
import org.quickfreeze.run.TaskletSteps;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The compliance audit job: inspect the input files, ingest their rows into the store,
 * mark the files loaded, archive the inbox's files, audit the store as of D, write the
 * outputs, send the run's mail. Each step is wired beside its feature ({@code ingest},
 * {@code ingest.inbox}, {@code audit}, {@code output}); this class puts them in order and
 * provides what they share.
 */
@Configuration(proxyBeanMethods = false)
public class AuditJobConfiguration {

    public static final String JOB_NAME = "complianceAudit";

    @Bean
    public Job complianceAudit(JobRepository jobRepository, Step inspectStep, Step ingestStep, Step loadedStep,
            Step archiveStep, Step auditStep, Step outputStep, Step deliverStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(inspectStep)
            .next(ingestStep)
            .next(loadedStep)
            .next(archiveStep)
            .next(auditStep)
            .next(outputStep)
            .next(deliverStep)
            .build();
    }

    /**
     * The run's parameters, typed, for the step-scoped beans of each step. Not proxied: a
     * record cannot be, and only beans that live in the step's scope themselves take it.
     */
    @Bean
    @Scope(scopeName = "step", proxyMode = ScopedProxyMode.NO)
    public RunParameters runParameters(@Value("#{stepExecution}") StepExecution stepExecution) {
        return RunParameters.of(stepExecution);
    }

    @Bean
    public Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    public StepProgress stepProgress() {
        return new StepProgress();
    }

    @Bean
    public TaskletSteps taskletSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StepProgress stepProgress) {
        return new TaskletSteps(jobRepository, transactionManager, stepProgress);
    }

}
