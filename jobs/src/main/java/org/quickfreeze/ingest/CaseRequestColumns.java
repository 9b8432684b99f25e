package org.quickfreeze.ingest;

import java.util.List;
import java.util.stream.Collectors;

import org.quickfreeze.store.CaseRequest;

/**
 * The columns of {@code case_request} a valid row fills, and the merge that keeps the
 * later file's row.
 */
final class CaseRequestColumns {

    private CaseRequestColumns() {
    }

    /**
     * A column of {@code case_request} and its SQL type.
     */
    record StoreColumn(String name, String type) {
    }

    /** The columns a row fills, in the order of the statements' parameters. */
    static final List<StoreColumn> COLUMNS = List.of(new StoreColumn("register", "VARCHAR(200)"),
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

    static final String NAMES = COLUMNS.stream().map(StoreColumn::name).collect(Collectors.joining(", "));

    /**
     * Standard SQL, the same on H2 and PostgreSQL: rows of one file from {@code source}
     * (a table expression with the columns above) into the store, the later file winning.
     */
    static String mergeFrom(String source) {
        return "MERGE INTO case_request c USING " + source + " AS s (" + NAMES + ") "
                + "ON (c.register = s.register AND c.request_id = s.request_id) "
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

    /**
     * A valid row's values, in the order of {@link #COLUMNS}: strings, days, numbers and
     * the file's modification time; {@code null} for an empty cell.
     */
    static Object[] values(RowOutcome.Valid row) {
        CaseRequest r = row.request();
        return new Object[] { r.register(), r.requestId(), r.party(), r.direction().name(), r.requestType().name(),
                r.counterpart(), r.requestedOn(), r.acknowledgedOn(), r.executedOn(), r.status().name(),
                r.preservedUntil(), r.extendedUntil(), r.followsUp(), r.caseReference(), r.offence(),
                r.dataTypes().isEmpty() ? null : String.join("|", r.dataTypes()), r.channel(), r.closedOn(),
                r.instrument().name(), r.addressee(), r.emergency(), r.notifiedOn(), r.refusalGround(), row.file().id(),
                row.line(), row.file().sha256(), row.file().name(), row.file().modifiedAt() };
    }

}
