package org.quickfreeze.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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

/**
 * The store as the ingest leaves it, many rows to a statement, on a real H2 (and
 * PostgreSQL) database.
 */
class CaseRequestWriterTest {

    @TempDir
    Path home;

    private JdbcTemplate jdbc;

    private CaseRequestWriter writer;

    private final SourceFile newer = file(1, "cp-police-october.csv", "2026-10-02T08:00");

    private final SourceFile older = file(2, "cp-police-september.csv", "2026-09-01T08:00");

    private static PostgresServer postgres;

    @BeforeEach
    void h2() {
        store(MigratedStore.h2(home));
    }

    @BeforeAll
    static void startPostgres() {
        postgres = new PostgresServer();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        postgres.close();
    }

    private void store(JdbcTemplate database) {
        jdbc = database;
        writer = new CaseRequestWriter(jdbc, new SourceFileRepository(jdbc));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "h2", "postgresql" })
    void olderExportInTheSameChunkLosesToTheNewerAndItsRowsAreNotedAsSuperseded(String vendor) throws Exception {
        if (vendor.equals("postgresql")) {
            store(MigratedStore.postgres(postgres));
        }

        writer.write(Chunk.of(valid(newer, 2, "PN-1"), valid(newer, 3, "PN-2"), valid(newer, 4, "PN-3"),
                valid(older, 2, "PN-1"), valid(older, 3, "PN-2"), valid(older, 4, "PN-4")));

        assertThat(jdbc.queryForList(
                "SELECT request_id || ' from ' || source_name FROM case_request ORDER BY request_id", String.class))
            .containsExactly("PN-1 from cp-police-october.csv", "PN-2 from cp-police-october.csv",
                    "PN-3 from cp-police-october.csv", "PN-4 from cp-police-september.csv");
        assertThat(jdbc.queryForList(
                "SELECT file_id || ':' || line || ' ' || request_id FROM superseded_row " + "ORDER BY line",
                String.class))
            .containsExactly("2:2 PN-1", "2:3 PN-2");
    }

    @Test
    void newerExportLoadedAfterTheOlderReplacesItsRows() throws Exception {
        writer.write(Chunk.of(valid(older, 2, "PN-1"), valid(older, 3, "PN-2")));
        writer.write(Chunk.of(valid(newer, 7, "PN-2")));

        assertThat(jdbc.queryForList(
                "SELECT request_id || ' line ' || source_line FROM case_request " + "ORDER BY request_id",
                String.class))
            .containsExactly("PN-1 line 2", "PN-2 line 7");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM superseded_row", Long.class)).isZero();
    }

    @Test
    void aChunkLongerThanOneStatementIsStoredWhole() throws Exception {
        List<RowOutcome> rows = new ArrayList<>();
        for (int line = 2; line < 252; line++) {
            rows.add(valid(newer, line, "PN-" + line));
        }

        writer.write(new Chunk<>(rows));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_request", Long.class)).isEqualTo(250);
        assertThat(jdbc.queryForObject("SELECT MAX(source_line) FROM case_request", Long.class)).isEqualTo(251);
    }

    private static RowOutcome.Valid valid(SourceFile file, long line, String requestId) {
        CaseRequest request = new CaseRequest("CP-POLICE", requestId, "RO", Direction.RECEIVED,
                RequestType.PRESERVATION, "DE", LocalDate.parse("2026-09-15"), null, null, RequestStatus.OPEN, null,
                null, null, "C-1", "Online fraud", Set.of(), null, null, Instrument.BUDAPEST, null, null, null, null);
        return new RowOutcome.Valid(file, line, request);
    }

    private static SourceFile file(long id, String name, String modifiedAt) {
        return new SourceFile(id, Path.of(name), name, 100, "0".repeat(64), LocalDateTime.parse(modifiedAt),
                SourceFile.Status.ACCEPTED, null, ',', "CP-POLICE", "RO", List.of(), null, false, 0, 0, 0, 0, null);
    }

}
