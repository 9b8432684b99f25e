package org.quickfreeze.delivery;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.quickfreeze.output.OutputTasklet;
import org.quickfreeze.run.RunParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The job's last step: the run's mail, once every output is in place under its final
 * name. Only a run asked to deliver (a scheduled run with recipients, {@code run
 * --deliver}) sends anything; the files it describes are those the output step wrote,
 * kept in the job's context, so that a restart that only sends the mail names them too.
 */
public class DeliverTasklet implements Tasklet {

    private final Delivery delivery;

    private final RunParameters run;

    public DeliverTasklet(Delivery delivery, RunParameters run) {
        this.delivery = delivery;
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (!run.deliver()) {
            return RepeatStatus.FINISHED;
        }
        String written = chunkContext.getStepContext()
            .getStepExecution()
            .getJobExecution()
            .getExecutionContext()
            .getString(OutputTasklet.WRITTEN, "");
        List<Path> files = written.isEmpty() ? List.of() : Arrays.stream(written.split("\n")).map(Path::of).toList();
        delivery.deliver(run, files);
        return RepeatStatus.FINISHED;
    }

}
