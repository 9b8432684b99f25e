package org.quickfreeze.ingest;

import java.time.Clock;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Marks each file whose rows were all read as loaded, with its counts in the log. */
public class LoadedTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(LoadedTasklet.class);

    private final SourceFileRepository sourceFiles;

    private final Clock clock;

    private final long jobInstanceId;

    public LoadedTasklet(SourceFileRepository sourceFiles, Clock clock, long jobInstanceId) {
        this.sourceFiles = sourceFiles;
        this.clock = clock;
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        for (SourceFile file : sourceFiles.ofRun(jobInstanceId)) {
            if (file.status() == SourceFile.Status.ACCEPTED) {
                sourceFiles.markLoaded(file.id(), LocalDateTime.now(clock));
                log.info("{}: {} rows loaded, {} rejected", file.name(), file.rowsLoaded(), file.rowsRejected());
            }
        }
        return RepeatStatus.FINISHED;
    }

}
