package org.quickfreeze.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quickfreeze.store.CaseRequest;
import org.quickfreeze.store.Direction;
import org.quickfreeze.store.Instrument;
import org.quickfreeze.store.RequestStatus;
import org.quickfreeze.store.RequestType;
import org.quickfreeze.testsupport.MigratedStore;
import org.quickfreeze.testsupport.PostgresServer;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The store as the ingest leaves it, on a real H2 database (rows as parameters of
 * statements) and a real PostgreSQL one (rows sent by {@code COPY}); each chunk is
 * written in one transaction, as the ingest step writes it.
 */
class CaseRequestWriterTest {

    @TempDir
    Path home;

    private JdbcTemplate jdbc;

    private CaseRequestWriter writer;

    private TransactionTemplate transaction;

    private final SourceFile newer = file(1, "cp-police-october.csv", "2026-10-02T08:00");

    private final SourceFile older = file(2, "cp-police-september.csv", "2026-09-01T08:00");

    @AutoClose
    private static final PostgresServer postgres = new PostgresServer();

    private void store(String vendor) {
        jdbc = vendor.equals("h2") ? MigratedStore.h2(home) : MigratedStore.postgres(postgres);
        writer = new CaseRequestWriter(jdbc, new SourceFileRepository(jdbc),
                IngestConfiguration.caseRequestMerge(jdbc));
        DataSource database = Objects.requireNonNull(jdbc.getDataSource());
        transaction = new TransactionTemplate(new DataSourceTransactionManager(database));
    }

    private void write(RowOutcome... rows) {
        transaction.executeWithoutResult(status -> {
            try {
                writer.write(new Chunk<>(List.of(rows)));
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "h2", "postgresql" })
    void postgresqlReceivesTheRowsByCopyAndH2AsParametersOfStatements(String vendor) {
        store(vendor);

        assertThat(IngestConfiguration.caseRequestMerge(jdbc))
            .isInstanceOf(vendor.equals("h2") ? MergeStatements.class : CopyThenMerge.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "h2", "postgresql" })
    void olderExportInTheSameChunkLosesToTheNewerAndItsRowsAreNotedAsSuperseded(String vendor) {
        store(vendor);

        write(valid(newer, 2, "PN-1"), valid(newer, 3, "PN-2"), valid(newer, 4, "PN-3"), valid(older, 2, "PN-1"),
                valid(older, 3, "PN-2"), valid(older, 4, "PN-4"));

        assertThat(jdbc.queryForList(
                "SELECT request_id || ' from ' || source_name FROM case_request ORDER BY request_id", String.class))
            .containsExactly("PN-1 from cp-police-october.csv", "PN-2 from cp-police-october.csv",
                    "PN-3 from cp-police-october.csv", "PN-4 from cp-police-september.csv");
        assertThat(jdbc.queryForList(
                "SELECT file_id || ':' || line || ' ' || request_id FROM superseded_row " + "ORDER BY line",
                String.class))
            .containsExactly("2:2 PN-1", "2:3 PN-2");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "h2", "postgresql" })
    void newerExportLoadedAfterTheOlderReplacesItsRows(String vendor) {
        store(vendor);

        write(valid(older, 2, "PN-1"), valid(older, 3, "PN-2"));
        write(valid(newer, 7, "PN-2"));

        assertThat(jdbc.queryForList(
                "SELECT request_id || ' line ' || source_line FROM case_request " + "ORDER BY request_id",
                String.class))
            .containsExactly("PN-1 line 2", "PN-2 line 7");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM superseded_row", Long.class)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "h2", "postgresql" })
    void aChunkLongerThanOneStatementIsStoredWhole(String vendor) {
        store(vendor);
        List<RowOutcome> rows = new ArrayList<>();
        for (int line = 2; line < 252; line++) {
            rows.add(valid(newer, line, "PN-" + line));
        }

        write(rows.toArray(RowOutcome[]::new));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_request", Long.class)).isEqualTo(250);
        assertThat(jdbc.queryForObject("SELECT MAX(source_line) FROM case_request", Long.class)).isEqualTo(251);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "h2", "postgresql" })
    void quotesCommasLineBreaksAndEmptyCellsAreStoredAsRead(String vendor) {
        store(vendor);
        String offence = "Fraud, \"phishing\" \\N and\r\nmore: Ärger ½ 日本";
        CaseRequest awkward = new CaseRequest("CP-POLICE", "PN-\"1\",2", "RO", Direction.SENT, RequestType.PRESERVATION,
                "DE", LocalDate.parse("2026-09-15"), null, LocalDate.parse("2026-09-16"), RequestStatus.OPEN, null,
                null, null, "", offence, Set.of("traffic", "content"), null, null, Instrument.BUDAPEST, null, null,
                null, null);

        write(new RowOutcome.Valid(newer, 2, awkward));

        assertThat(jdbc.queryForMap("SELECT request_id, offence, case_reference, follows_up, acknowledged_on, "
                + "executed_on, data_types, source_modified_at FROM case_request"))
            .containsEntry("REQUEST_ID", "PN-\"1\",2")
            .containsEntry("OFFENCE", offence)
            .containsEntry("CASE_REFERENCE", "")
            .containsEntry("FOLLOWS_UP", null)
            .containsEntry("ACKNOWLEDGED_ON", null)
            .containsEntry("EXECUTED_ON", java.sql.Date.valueOf("2026-09-16"))
            .containsEntry("DATA_TYPES", String.join("|", awkward.dataTypes()))
            .containsEntry("SOURCE_MODIFIED_AT", Timestamp.valueOf("2026-10-02 08:00:00"));
    }

    private static RowOutcome.Valid valid(SourceFile file, long line, String requestId) {
        CaseRequest request = new CaseRequest("CP-POLICE", requestId, "RO", Direction.RECEIVED,
                RequestType.PRESERVATION, "DE", LocalDate.parse("2026-09-15"), null, null, RequestStatus.OPEN, null,
                null, null, "C-1", "Online fraud", Set.of(), null, null, Instrument.BUDAPEST, null, null, null, null);
        return new RowOutcome.Valid(file, line, request);
    }

    private static SourceFile file(long id, String name, String modifiedAt) {
        return new SourceFile(id, Path.of(name), name, 100, "0".repeat(64), LocalDateTime.parse(modifiedAt),
                SourceFile.Status.ACCEPTED, null, ',', "CP-POLICE", "RO", List.of(), null, false, 0, 0, 0, 0, null,
                null);
    }

}
