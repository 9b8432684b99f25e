package org.quickfreeze.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of outcomes in the chunk's transaction: valid rows into the store,
 * rejects to the rejects table, and the file's counts, so that a restart neither loses
 * nor doubles a row. A valid row replaces the stored row with the same register and
 * request id unless that came from a later file (modification time, then name); a row
 * that loses is noted as superseded.
 */
public class CaseRequestWriter implements ItemWriter<RowOutcome> {

    private final JdbcTemplate jdbc;

    private final SourceFileRepository sourceFiles;

    private final CaseRequestMerge merge;

    CaseRequestWriter(JdbcTemplate jdbc, SourceFileRepository sourceFiles, CaseRequestMerge merge) {
        this.jdbc = jdbc;
        this.sourceFiles = sourceFiles;
        this.merge = merge;
    }

    /** Rows read, loaded, rejected and empty of one file in a chunk. */
    private static final class Counts {

        long read;

        long loaded;

        long rejected;

        long empty;

    }

    @Override
    public void write(Chunk<? extends RowOutcome> chunk) {
        List<RowOutcome.Valid> valid = new ArrayList<>();
        List<RowOutcome.Rejected> rejected = new ArrayList<>();
        Map<Long, Counts> counts = new LinkedHashMap<>();
        for (RowOutcome outcome : chunk) {
            Counts c = counts.computeIfAbsent(outcome.fileId(), id -> new Counts());
            c.read++;
            if (outcome instanceof RowOutcome.Valid v) {
                valid.add(v);
                c.loaded++;
            }
            else if (outcome instanceof RowOutcome.Rejected r) {
                rejected.add(r);
                c.rejected++;
            }
            else {
                c.empty++;
            }
        }
        if (!valid.isEmpty()) {
            store(valid);
        }
        if (!rejected.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO rejected_row (file_id, line, code, message, cells) VALUES (?, ?, ?, ?, ?)",
                    rejected, rejected.size(), (ps, r) -> {
                        ps.setLong(1, r.fileId());
                        ps.setLong(2, r.line());
                        ps.setString(3, r.code().name());
                        ps.setString(4, r.message());
                        ps.setString(5, CellsCodec.encode(r.cells()));
                    });
        }
        counts.forEach((fileId, c) -> sourceFiles.countRows(fileId, c.read, c.loaded, c.rejected, c.empty));
    }

    private void store(List<RowOutcome.Valid> valid) {
        List<RowOutcome.Valid> superseded = new ArrayList<>();
        for (List<RowOutcome.Valid> rowsOfOneFile : byFile(valid)) {
            superseded.addAll(merge.merge(rowsOfOneFile));
        }
        if (!superseded.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO superseded_row (file_id, line, register, request_id) VALUES (?, ?, ?, ?)",
                    superseded, superseded.size(), (ps, v) -> {
                        ps.setLong(1, v.fileId());
                        ps.setLong(2, v.line());
                        ps.setString(3, v.request().register());
                        ps.setString(4, v.request().requestId());
                    });
        }
    }

    /** The valid rows of a chunk cut where the file changes. */
    private static List<List<RowOutcome.Valid>> byFile(List<RowOutcome.Valid> valid) {
        List<List<RowOutcome.Valid>> files = new ArrayList<>();
        List<RowOutcome.Valid> current = new ArrayList<>();
        for (RowOutcome.Valid v : valid) {
            if (!current.isEmpty() && current.get(0).fileId() != v.fileId()) {
                files.add(current);
                current = new ArrayList<>();
            }
            current.add(v);
        }
        if (!current.isEmpty()) {
            files.add(current);
        }
        return files;
    }

}
