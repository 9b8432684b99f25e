package org.quickfreeze.ingest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

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

    private static final List<String> COLUMNS = List.of(StagingWriter.STAGED_COLUMNS.split(",\\s*"));

    private static final String UPDATES = COLUMNS.stream()
        .filter(c -> !c.equals("register") && !c.equals("request_id"))
        .map(c -> c + " = s." + c)
        .collect(Collectors.joining(", "));

    private static final String INSERTS = COLUMNS.stream().map(c -> "s." + c).collect(Collectors.joining(", "));

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

    private void rejectDuplicates(long fileId, String register, String requestId, long firstLine) {
        String message = "request_id " + requestId + " of register " + register + " already appears at line "
                + firstLine + " of this file; only that first row is loaded";
        jdbc.update("INSERT INTO rejected_row (file_id, line, code, message, cells) SELECT file_id, line, "
                + "'DUPLICATE_ID', ?, cells FROM staged_request WHERE file_id = ? AND register = ? AND request_id = ? "
                + "AND line > ?", message, fileId, register, requestId, firstLine);
        jdbc.update("DELETE FROM staged_request WHERE file_id = ? AND register = ? AND request_id = ? AND line > ?",
                fileId, register, requestId, firstLine);
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
        // Few files repeat a key: find the repeated keys first, then reject their later rows.
        jdbc.query("SELECT register, request_id, MIN(line) FROM staged_request WHERE file_id = ? "
                + "GROUP BY register, request_id HAVING COUNT(*) > 1", rs -> {
                    rejectDuplicates(id, rs.getString(1), rs.getString(2), rs.getLong(3));
                }, id);

        Timestamp modified = Timestamp.valueOf(file.modifiedAt());
        jdbc.update("MERGE INTO case_request c USING (SELECT * FROM staged_request WHERE file_id = ?) s "
                + "ON (c.register = s.register AND c.request_id = s.request_id) "
                + "WHEN MATCHED AND (c.source_modified_at < ? OR (c.source_modified_at = ? AND c.source_name <= ?)) "
                + "THEN UPDATE SET " + UPDATES + ", source_file_id = s.file_id, source_line = s.line, "
                + "source_sha256 = ?, source_name = ?, source_modified_at = ? "
                + "WHEN NOT MATCHED THEN INSERT (" + StagingWriter.STAGED_COLUMNS + ", source_file_id, source_line, "
                + "source_sha256, source_name, source_modified_at) VALUES (" + INSERTS + ", s.file_id, s.line, ?, ?, ?)",
                id, modified, modified, file.name(), file.sha256(), file.name(), modified, file.sha256(), file.name(),
                modified);

        Long loaded = jdbc.queryForObject("SELECT COUNT(*) FROM staged_request WHERE file_id = ?", Long.class, id);
        Long rejected = jdbc.queryForObject("SELECT COUNT(*) FROM rejected_row WHERE file_id = ?", Long.class, id);
        jdbc.update("DELETE FROM staged_request WHERE file_id = ?", id);
        sourceFiles.markLoaded(id, loaded, rejected, LocalDateTime.now(clock));
        log.info("{}: {} rows loaded, {} rejected", file.name(), loaded, rejected);
    }
}
