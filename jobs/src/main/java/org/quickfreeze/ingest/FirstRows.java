package org.quickfreeze.ingest;

import java.util.HashMap;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The line of the first row of each register and request id in the file being read, so
 * that a repeated id is rejected ({@code DUPLICATE_ID}) and the first row kept. Files are
 * read one after the other, so only the current file's ids are held. A restarted read
 * resumes inside a file: the ids it had already loaded are taken back from the store,
 * including rows that a later file had superseded.
 */
public class FirstRows implements ItemStream {

    private final JdbcTemplate jdbc;

    private final Map<String, Long> lines = new HashMap<>();

    private long fileId = -1;

    public FirstRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The line where this id first appeared in the file, or {@code null} if this is its
     * first row.
     */
    public Long firstLineOf(SourceFile file, String register, String requestId, long line) {
        if (file.id() != fileId) {
            startFile(file);
        }
        return lines.putIfAbsent(key(register, requestId), line);
    }

    @Override
    public void open(ExecutionContext executionContext) {
        forget();
    }

    /**
     * The ids of a large file take a fair share of the heap: they are let go when the
     * step ends.
     */
    @Override
    public void close() {
        forget();
    }

    private void forget() {
        lines.clear();
        fileId = -1;
    }

    private void startFile(SourceFile file) {
        lines.clear();
        fileId = file.id();
        if (file.rowsRead() > 0) {
            jdbc.query(
                    "SELECT register, request_id, source_line FROM case_request WHERE source_file_id = ? "
                            + "UNION ALL SELECT register, request_id, line FROM superseded_row WHERE file_id = ?",
                    rs -> {
                        lines.put(key(rs.getString(1), rs.getString(2)), rs.getLong(3));
                    }, fileId, fileId);
        }
    }

    private static String key(String register, String requestId) {
        return register + '\n' + requestId;
    }

}
