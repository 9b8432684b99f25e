package org.quickfreeze.ingest;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.quickfreeze.store.CaseRequest;
import org.quickfreeze.store.RequestKey;
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

    /**
     * A column of {@code case_request} and its SQL type, in the order of the statement's
     * parameters.
     */
    private record StoreColumn(String name, String type) {
    }

    private static final List<StoreColumn> COLUMNS = List.of(new StoreColumn("register", "VARCHAR(200)"),
            new StoreColumn("request_id", "VARCHAR(64)"), new StoreColumn("party", "CHAR(2)"),
            new StoreColumn("direction", "VARCHAR(10)"), new StoreColumn("request_type", "VARCHAR(30)"),
            new StoreColumn("counterpart", "CHAR(2)"), new StoreColumn("requested_on", "DATE"),
            new StoreColumn("acknowledged_on", "DATE"), new StoreColumn("executed_on", "DATE"),
            new StoreColumn("status", "VARCHAR(10)"), new StoreColumn("preserved_until", "DATE"),
            new StoreColumn("extended_until", "DATE"), new StoreColumn("follows_up", "VARCHAR(32000)"),
            new StoreColumn("case_reference", "VARCHAR(32000)"), new StoreColumn("offence", "VARCHAR(32000)"),
            new StoreColumn("data_types", "VARCHAR(100)"), new StoreColumn("channel", "VARCHAR(20)"),
            new StoreColumn("closed_on", "DATE"), new StoreColumn("instrument", "VARCHAR(10)"),
            new StoreColumn("addressee", "VARCHAR(32000)"), new StoreColumn("emergency", "VARCHAR(3)"),
            new StoreColumn("notified_on", "DATE"), new StoreColumn("refusal_ground", "VARCHAR(32000)"),
            new StoreColumn("source_file_id", "BIGINT"), new StoreColumn("source_line", "BIGINT"),
            new StoreColumn("source_sha256", "CHAR(64)"), new StoreColumn("source_name", "VARCHAR(1000)"),
            new StoreColumn("source_modified_at", "TIMESTAMP"));

    /**
     * Rows per statement: one statement of many rows costs the database far less than as
     * many statements of one row (a third of the ingest's time at a million rows on H2),
     * and 100 rows keep a statement's parameters (2,300) well under PostgreSQL's limit.
     */
    private static final int ROWS_PER_STATEMENT = 100;

    private static final String NAMES = COLUMNS.stream().map(StoreColumn::name).collect(Collectors.joining(", "));

    private static final String SOURCE_ROW = "("
            + COLUMNS.stream().map(c -> "CAST(? AS " + c.type() + ")").collect(Collectors.joining(", ")) + ")";

    /**
     * Standard SQL, the same on H2 and PostgreSQL, for a number of rows of one file (so
     * that no two of them have the same register and request id); typed parameters so
     * that neither database has to guess.
     */
    static String merge(int rows) {
        return "MERGE INTO case_request c USING (VALUES " + String.join(", ", Collections.nCopies(rows, SOURCE_ROW))
                + ") AS s (" + NAMES + ") " + "ON (c.register = s.register AND c.request_id = s.request_id) "
                + "WHEN MATCHED AND (c.source_modified_at < s.source_modified_at OR (c.source_modified_at = "
                + "s.source_modified_at AND c.source_name <= s.source_name)) THEN UPDATE SET "
                + COLUMNS.stream()
                    .map(StoreColumn::name)
                    .filter(n -> !n.equals("register") && !n.equals("request_id"))
                    .map(n -> n + " = s." + n)
                    .collect(Collectors.joining(", "))
                + " WHEN NOT MATCHED THEN INSERT (" + NAMES + ") VALUES ("
                + COLUMNS.stream().map(c -> "s." + c.name()).collect(Collectors.joining(", ")) + ")";
    }

    private final JdbcTemplate jdbc;

    private final SourceFileRepository sourceFiles;

    /**
     * The statement text per number of rows, made once: a statement of 100 rows is some
     * 50 KB of text.
     */
    private final Map<Integer, String> merges = new ConcurrentHashMap<>();

    public CaseRequestWriter(JdbcTemplate jdbc, SourceFileRepository sourceFiles) {
        this.jdbc = jdbc;
        this.sourceFiles = sourceFiles;
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
        for (List<RowOutcome.Valid> rows : statements(valid)) {
            int stored = jdbc.update(merges.computeIfAbsent(rows.size(), CaseRequestWriter::merge), ps -> {
                int first = 1;
                for (RowOutcome.Valid v : rows) {
                    int source = setRequest(ps, first, v.request());
                    ps.setLong(source, v.file().id());
                    ps.setLong(source + 1, v.line());
                    ps.setString(source + 2, v.file().sha256());
                    ps.setString(source + 3, v.file().name());
                    ps.setTimestamp(source + 4, Timestamp.valueOf(v.file().modifiedAt()));
                    first += COLUMNS.size();
                }
            });
            if (stored < rows.size()) {
                superseded.addAll(notStored(rows));
            }
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

    /**
     * The valid rows of a chunk cut into statements: consecutive rows of one file, at
     * most 100 of them.
     */
    private static List<List<RowOutcome.Valid>> statements(List<RowOutcome.Valid> valid) {
        List<List<RowOutcome.Valid>> statements = new ArrayList<>();
        List<RowOutcome.Valid> current = new ArrayList<>();
        for (RowOutcome.Valid v : valid) {
            if (current.size() == ROWS_PER_STATEMENT || (!current.isEmpty() && current.get(0).fileId() != v.fileId())) {
                statements.add(current);
                current = new ArrayList<>();
            }
            current.add(v);
        }
        if (!current.isEmpty()) {
            statements.add(current);
        }
        return statements;
    }

    /**
     * The rows of one statement that lost to a stored row from a later file: the stored
     * row with their register and request id is not theirs. Looked up by key, which the
     * primary key answers.
     */
    private List<RowOutcome.Valid> notStored(List<RowOutcome.Valid> rows) {
        String keys = String.join(", ", Collections.nCopies(rows.size(), "(?, ?)"));
        Set<RequestKey> storedHere = new HashSet<>();
        jdbc.query("SELECT register, request_id FROM case_request WHERE (register, request_id) IN (" + keys
                + ") AND source_file_id = ?", ps -> {
                    int i = 1;
                    for (RowOutcome.Valid v : rows) {
                        ps.setString(i++, v.request().register());
                        ps.setString(i++, v.request().requestId());
                    }
                    ps.setLong(i, rows.get(0).fileId());
                }, rs -> {
                    storedHere.add(new RequestKey(rs.getString(1), rs.getString(2)));
                });
        return rows.stream().filter(v -> !storedHere.contains(v.request().key())).toList();
    }

    /**
     * @return the index of the next parameter
     */
    private static int setRequest(PreparedStatement ps, int first, CaseRequest r) throws SQLException {
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
        setDate(ps, i++, r.closedOn());
        ps.setString(i++, r.instrument().name());
        ps.setString(i++, r.addressee());
        ps.setString(i++, r.emergency());
        setDate(ps, i++, r.notifiedOn());
        ps.setString(i++, r.refusalGround());
        return i;
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
