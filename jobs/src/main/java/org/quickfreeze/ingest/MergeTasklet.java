package org.quickfreeze.ingest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Merges each file's validated rows into the store, one file per transaction
 * in load order: a second row with the same register and request id in a file
 * is rejected ({@code DUPLICATE_ID}, the first is kept), then the file's rows
 * replace stored rows with the same key unless those came from a later file.
 */
public class MergeTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(MergeTasklet.class);

    private static final String EARLIER_LINE_SAME_KEY = "SELECT 1 FROM staged_request t WHERE t.file_id = s.file_id "
            + "AND t.register = s.register AND t.request_id = s.request_id AND t.line < s.line";

    private final JdbcTemplate jdbc;

    private final SourceFiles sourceFiles;

    private final TransactionTemplate transaction;

    private final Clock clock;

    private final long jobInstanceId;

    public MergeTasklet(JdbcTemplate jdbc, SourceFiles sourceFiles, TransactionTemplate transaction, Clock clock,
            long jobInstanceId) {
        this.jdbc = jdbc;
        this.sourceFiles = sourceFiles;
        this.transaction = transaction;
        this.clock = clock;
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        for (SourceFile file : sourceFiles.ofRun(jobInstanceId)) {
            if (file.status() == SourceFile.Status.ACCEPTED) {
                transaction.executeWithoutResult(status -> merge(file));
            }
        }
        return RepeatStatus.FINISHED;
    }

    private void merge(SourceFile file) {
        long id = file.id();
        jdbc.update("INSERT INTO rejected_row (file_id, line, code, message, cells) "
                + "SELECT s.file_id, s.line, 'DUPLICATE_ID', 'request_id ' || s.request_id || ' of register ' "
                + "|| s.register || ' already appears at line ' || CAST((SELECT MIN(t.line) FROM staged_request t "
                + "WHERE t.file_id = s.file_id AND t.register = s.register AND t.request_id = s.request_id) "
                + "AS VARCHAR(20)) || ' of this file; only that first row is loaded', s.cells "
                + "FROM staged_request s WHERE s.file_id = ? AND EXISTS (" + EARLIER_LINE_SAME_KEY + ")", id);
        jdbc.update("DELETE FROM staged_request s WHERE s.file_id = ? AND EXISTS (" + EARLIER_LINE_SAME_KEY + ")",
                id);

        Timestamp modified = Timestamp.valueOf(file.modifiedAt());
        jdbc.update("DELETE FROM case_request c WHERE EXISTS (SELECT 1 FROM staged_request s WHERE s.file_id = ? "
                + "AND s.register = c.register AND s.request_id = c.request_id) "
                + "AND (c.source_modified_at < ? OR (c.source_modified_at = ? AND c.source_name <= ?))", id, modified,
                modified, file.name());
        jdbc.update("INSERT INTO case_request (" + StagingWriter.STAGED_COLUMNS + ", source_file_id, source_line, "
                + "source_sha256, source_name, source_modified_at) SELECT " + StagingWriter.STAGED_COLUMNS
                + ", s.file_id, s.line, ?, ?, ? FROM staged_request s WHERE s.file_id = ? AND NOT EXISTS "
                + "(SELECT 1 FROM case_request c WHERE c.register = s.register AND c.request_id = s.request_id)",
                file.sha256(), file.name(), modified, id);

        Long loaded = jdbc.queryForObject("SELECT COUNT(*) FROM staged_request WHERE file_id = ?", Long.class, id);
        Long rejected = jdbc.queryForObject("SELECT COUNT(*) FROM rejected_row WHERE file_id = ?", Long.class, id);
        jdbc.update("DELETE FROM staged_request WHERE file_id = ?", id);
        sourceFiles.markLoaded(id, loaded, rejected, LocalDateTime.now(clock));
        log.info("{}: {} rows loaded, {} rejected", file.name(), loaded, rejected);
    }
}
