package org.quickfreeze.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Merges rows on PostgreSQL: the rows are sent with {@code COPY} into a temporary table
 * of the session, and one {@code MERGE} per file takes them from there, joined by the
 * database. Statements of 100 rows given as parameters cost PostgreSQL four times as
 * long: most of it parsing and planning 2,800 parameters per statement.
 */
class CopyThenMerge implements CaseRequestMerge {

    /** One per connection; emptied before each file's rows are sent. */
    private static final String INCOMING = "CREATE TEMPORARY TABLE IF NOT EXISTS incoming_request "
            + "(LIKE case_request)";

    private static final String COPY = "COPY incoming_request (" + CaseRequestColumns.NAMES
            + ") FROM STDIN (FORMAT csv)";

    private static final String MERGE = CaseRequestColumns
        .mergeFrom("(SELECT " + CaseRequestColumns.NAMES + " FROM incoming_request)");

    /** Rows of the file that the store does not hold as theirs after the merge. */
    private static final String NOT_STORED = "SELECT i.source_line FROM incoming_request i "
            + "LEFT JOIN case_request c ON c.register = i.register AND c.request_id = i.request_id "
            + "AND c.source_file_id = i.source_file_id WHERE c.register IS NULL";

    private final JdbcTemplate jdbc;

    CopyThenMerge(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<RowOutcome.Valid> merge(List<RowOutcome.Valid> rowsOfOneFile) {
        jdbc.execute(INCOMING);
        jdbc.execute("TRUNCATE incoming_request");
        copy(rowsOfOneFile);
        int stored = jdbc.update(MERGE);
        if (stored == rowsOfOneFile.size()) {
            return List.of();
        }
        Set<Long> lines = new HashSet<>(jdbc.queryForList(NOT_STORED, Long.class));
        if (stored + lines.size() != rowsOfOneFile.size()) {
            throw new IllegalStateException(
                    rowsOfOneFile.size() + " rows sent, " + stored + " stored and " + lines.size() + " superseded");
        }
        return rowsOfOneFile.stream().filter(v -> lines.contains(v.line())).toList();
    }

    private void copy(List<RowOutcome.Valid> rows) {
        StringBuilder csv = new StringBuilder(rows.size() * 400);
        for (RowOutcome.Valid row : rows) {
            Object[] values = CaseRequestColumns.values(row);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                appendCell(csv, values[i]);
            }
            csv.append('\n');
        }
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(COPY, new StringReader(csv.toString()));
            }
            catch (IOException ex) {
                throw new DataAccessResourceFailureException("rows could not be sent to PostgreSQL", ex);
            }
        });
    }

    /**
     * An empty cell is NULL: unquoted and empty. Any other value is quoted, so that
     * commas, quotes and line breaks in it stay text.
     */
    private static void appendCell(StringBuilder csv, Object value) {
        if (value == null) {
            return;
        }
        csv.append('"').append(value.toString().replace("\"", "\"\"")).append('"');
    }

}
