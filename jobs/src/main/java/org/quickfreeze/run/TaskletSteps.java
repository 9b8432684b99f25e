package org.quickfreeze.run;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds a one-task step of the job the way each of them is built: kept in the job
 * repository, run in a transaction, logged by the progress log.
 */
public final class TaskletSteps {

    private final JobRepository jobRepository;

    private final PlatformTransactionManager transactionManager;

    private final StepProgress stepProgress;

    public TaskletSteps(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StepProgress stepProgress) {
        this.jobRepository = jobRepository;
        this.transactionManager = transactionManager;
        this.stepProgress = stepProgress;
    }

    public Step step(String name, Tasklet tasklet) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager).listener(stepProgress).build();
    }

}
