package org.quickfreeze.ingest;

import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How the valid rows of one file in a chunk reach {@code case_request}: a row replaces
 * the stored row with the same register and request id unless that came from a later file
 * (modification time, then name). Runs in the chunk's transaction.
 */
interface CaseRequestMerge {

    /**
     * @param rowsOfOneFile valid rows of one file, no two with the same register and
     * request id
     * @return the rows that lost to a stored row from a later file
     */
    List<RowOutcome.Valid> merge(List<RowOutcome.Valid> rowsOfOneFile);

    /** PostgreSQL takes rows fastest by {@code COPY}; H2 as parameters of a statement. */
    static CaseRequestMerge forDatabase(JdbcTemplate jdbc) {
        String database = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        return "PostgreSQL".equals(database) ? new CopyThenMerge(jdbc) : new MergeStatements(jdbc);
    }

}
