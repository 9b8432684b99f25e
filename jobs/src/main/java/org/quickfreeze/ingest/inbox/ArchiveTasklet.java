package org.quickfreeze.ingest.inbox;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.quickfreeze.ingest.SourceFile;
import org.quickfreeze.ingest.SourceFileRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Clears the inbox once its files are in the store: loaded ones (and ones whose bytes
 * were loaded before) to the archive, unusable ones to failed/. Runs after the merge, so
 * a crash before it leaves the files in the inbox, where the next run recognises them by
 * their SHA-256 and loads nothing twice. A run on files named by {@code --input} moves
 * nothing.
 */
public class ArchiveTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ArchiveTasklet.class);

    private final SourceFileRepository sourceFiles;

    private final @Nullable Inbox inbox;

    private final Clock clock;

    private final long jobInstanceId;

    public ArchiveTasklet(SourceFileRepository sourceFiles, @Nullable Inbox inbox, Clock clock, long jobInstanceId) {
        this.sourceFiles = sourceFiles;
        this.inbox = inbox;
        this.clock = clock;
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        if (inbox == null) {
            return RepeatStatus.FINISHED;
        }
        LocalDate today = LocalDate.now(clock);
        for (SourceFile file : sourceFiles.ofRun(jobInstanceId)) {
            if (!inbox.holds(file.path())) {
                continue;
            }
            if (file.status() == SourceFile.Status.UNUSABLE) {
                log.info("{}: moved to {}", file.name(), inbox.fail(file.path(), file.reason()));
            }
            else {
                log.info("{}: moved to {}", file.name(), inbox.archive(file.path(), today));
            }
        }
        return RepeatStatus.FINISHED;
    }

}
