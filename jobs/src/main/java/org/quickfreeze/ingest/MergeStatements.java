package org.quickfreeze.ingest;

import static org.quickfreeze.ingest.CaseRequestColumns.COLUMNS;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.quickfreeze.ingest.CaseRequestColumns.StoreColumn;
import org.quickfreeze.store.RequestKey;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Merges rows with {@code MERGE} statements of up to 100 rows given as parameters:
 * portable SQL, and on H2 the fastest way found.
 */
class MergeStatements implements CaseRequestMerge {

    /**
     * Rows per statement: one statement of many rows costs the database far less than as
     * many statements of one row (a third of the ingest's time at a million rows on H2),
     * and 100 rows keep a statement's parameters (2,800) well under PostgreSQL's limit.
     */
    private static final int ROWS_PER_STATEMENT = 100;

    private static final String SOURCE_ROW = "("
            + COLUMNS.stream().map(c -> "CAST(? AS " + c.type() + ")").collect(Collectors.joining(", ")) + ")";

    /** Typed parameters, so that no database has to guess. */
    static String merge(int rows) {
        return CaseRequestColumns.mergeFrom("(VALUES " + repeat(SOURCE_ROW, rows) + ")");
    }

    /** {@code n} copies of {@code text}, separated by commas. */
    private static String repeat(String text, int n) {
        return String.join(", ", Collections.nCopies(n, text));
    }

    private final JdbcTemplate jdbc;

    /**
     * The statement text per number of rows, made once: a statement of 100 rows is some
     * 50 KB of text.
     */
    private final Map<Integer, String> merges = new ConcurrentHashMap<>();

    MergeStatements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RowOutcome.Valid> merge(List<RowOutcome.Valid> rowsOfOneFile) {
        List<RowOutcome.Valid> notStored = new ArrayList<>();
        for (int from = 0; from < rowsOfOneFile.size(); from += ROWS_PER_STATEMENT) {
            List<RowOutcome.Valid> rows = rowsOfOneFile.subList(from,
                    Math.min(rowsOfOneFile.size(), from + ROWS_PER_STATEMENT));
            int stored = jdbc.update(merges.computeIfAbsent(rows.size(), MergeStatements::merge), ps -> {
                int i = 1;
                for (RowOutcome.Valid row : rows) {
                    Object[] values = CaseRequestColumns.values(row);
                    for (int column = 0; column < values.length; column++) {
                        set(ps, i++, values[column], COLUMNS.get(column));
                    }
                }
            });
            if (stored < rows.size()) {
                notStored.addAll(notStored(rows));
            }
        }
        return notStored;
    }

    /**
     * The rows of one statement that lost to a stored row from a later file: the stored
     * row with their register and request id is not theirs. Looked up by key, which the
     * primary key answers.
     */
    private List<RowOutcome.Valid> notStored(List<RowOutcome.Valid> rows) {
        Set<RequestKey> storedHere = new HashSet<>();
        jdbc.query("SELECT register, request_id FROM case_request WHERE (register, request_id) IN ("
                + repeat("(?, ?)", rows.size()) + ") AND source_file_id = ?", ps -> {
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

    private static void set(PreparedStatement ps, int index, Object value, StoreColumn column) throws SQLException {
        if (value == null) {
            ps.setNull(index, column.type().equals("DATE") ? Types.DATE : Types.VARCHAR);
        }
        else if (value instanceof String text) {
            ps.setString(index, text);
        }
        else if (value instanceof LocalDate day) {
            ps.setDate(index, Date.valueOf(day));
        }
        else if (value instanceof Long number) {
            ps.setLong(index, number);
        }
        else if (value instanceof LocalDateTime time) {
            ps.setTimestamp(index, Timestamp.valueOf(time));
        }
        else {
            throw new IllegalArgumentException("no SQL type for " + value.getClass());
        }
    }

}
