package org.quickfreeze.ingest;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.quickfreeze.audit.CaseRequest;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a chunk of outcomes in the chunk's transaction: valid rows to the
 * staging table, rejects to the rejects table, and the file's read and empty
 * counts, so that a restart neither loses nor doubles a row.
 */
public class StagingWriter implements ItemWriter<RowOutcome> {

    static final String STAGED_COLUMNS = "register, request_id, party, direction, request_type, counterpart, "
            + "requested_on, acknowledged_on, executed_on, status, preserved_until, extended_until, follows_up, "
            + "case_reference, offence, data_types, channel, closed_on";

    private final JdbcTemplate jdbc;

    private final SourceFiles sourceFiles;

    public StagingWriter(JdbcTemplate jdbc, SourceFiles sourceFiles) {
        this.jdbc = jdbc;
        this.sourceFiles = sourceFiles;
    }

    @Override
    public void write(Chunk<? extends RowOutcome> chunk) {
        List<RowOutcome.Valid> valid = new ArrayList<>();
        List<RowOutcome.Rejected> rejected = new ArrayList<>();
        Map<Long, long[]> readAndEmpty = new LinkedHashMap<>();
        for (RowOutcome outcome : chunk) {
            long[] counts = readAndEmpty.computeIfAbsent(outcome.fileId(), id -> new long[2]);
            counts[0]++;
            if (outcome instanceof RowOutcome.Valid v) {
                valid.add(v);
            }
            else if (outcome instanceof RowOutcome.Rejected r) {
                rejected.add(r);
            }
            else {
                counts[1]++;
            }
        }
        if (!valid.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO staged_request (file_id, line, " + STAGED_COLUMNS + ", cells) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", valid, valid.size(),
                    (ps, v) -> {
                        ps.setLong(1, v.fileId());
                        ps.setLong(2, v.line());
                        setRequest(ps, 3, v.request());
                        ps.setString(21, CellsCodec.encode(v.cells()));
                    });
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
        readAndEmpty.forEach((fileId, counts) -> sourceFiles.countRead(fileId, counts[0], counts[1]));
    }

    static void setRequest(PreparedStatement ps, int first, CaseRequest r) throws SQLException {
        int i = first;
        ps.setString(i++, r.register());
        ps.setString(i++, r.requestId());
        ps.setString(i++, r.party());
        ps.setString(i++, r.direction().name());
        ps.setString(i++, r.requestType().name());
        ps.setString(i++, r.counterpart());
        setDate(ps, i++, r.requestedOn());
        setDate(ps, i++, r.acknowledgedOn());
        setDate(ps, i++, r.executedOn());
        ps.setString(i++, r.status().name());
        setDate(ps, i++, r.preservedUntil());
        setDate(ps, i++, r.extendedUntil());
        ps.setString(i++, r.followsUp());
        ps.setString(i++, r.caseReference());
        ps.setString(i++, r.offence());
        ps.setString(i++, r.dataTypes().isEmpty() ? null : String.join("|", r.dataTypes()));
        ps.setString(i++, r.channel());
        setDate(ps, i, r.closedOn());
    }

    private static void setDate(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        }
        else {
            ps.setDate(index, Date.valueOf(date));
        }
    }
}
