package org.quickfreeze.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.ingest.export.UnusableFile;
import org.quickfreeze.testsupport.MigratedStore;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reader reads the content that was inspected, or none: its hash is checked when a
 * file is opened. A restarted reader reads on where it stopped only if the store holds
 * what was counted of the file so far.
 */
class CaseExportReaderTest {

    private static final String EXPORT = "request_id,register,party,direction,request_type,counterpart,requested_on,"
            + "status\nP1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN\n";

    @TempDir
    Path home;

    private JdbcTemplate store;

    private SourceFileRepository sourceFiles;

    private InspectedExports exports;

    @BeforeEach
    void store() {
        store = MigratedStore.h2(home);
        sourceFiles = new SourceFileRepository(store);
        exports = new InspectedExports(sourceFiles);
    }

    private long inspected(Path file) throws IOException, UnusableFile {
        return exports.register(file, LocalDateTime.now());
    }

    @Test
    void readsTheRowsOfTheInspectedFile() throws Exception {
        Path file = Files.writeString(home.resolve("cp.csv"), EXPORT);
        inspected(file);
        CaseExportReader reader = exports.reader();

        reader.open(new ExecutionContext());

        assertThat(reader.read().record().line()).isEqualTo(2);
        assertThat(reader.read()).isNull();
        reader.close();
    }

    @Test
    void fileChangedSinceItWasInspectedIsNotRead() throws Exception {
        Path file = Files.writeString(home.resolve("cp.csv"), EXPORT);
        inspected(file);
        Files.writeString(file, EXPORT.replace("P1", "P9"));
        CaseExportReader reader = exports.reader();

        assertThatThrownBy(() -> reader.open(new ExecutionContext())).isInstanceOf(ItemStreamException.class)
            .hasMessage("cp.csv changed since it was inspected (its SHA-256 is not the same): put the inspected "
                    + "file back to restart this run, or run again without --restart");
    }

    @Test
    void restartReadsOnAfterTheRecordsWhoseRowsTheStoreHolds() throws Exception {
        Path file = Files.writeString(home.resolve("cp.csv"),
                EXPORT + "P2,CP,RO,SENT,PRESERVATION,DE,2026-09-11,OPEN\n");
        long id = inspected(file);
        sourceFiles.countRows(id, 1, 0, 1, 0);
        store.update(
                "INSERT INTO rejected_row (file_id, line, code, message, cells) VALUES (?, 2, 'BAD_DATE', 'x', 'x')",
                id);
        CaseExportReader reader = exports.reader();

        reader.open(restartAfter(1));

        assertThat(reader.read().record().line()).isEqualTo(3);
        reader.close();
    }

    @Test
    void restartReadsAFileAgainFromItsFirstRowWhenTheStoreLostRowsCountedFromIt() throws Exception {
        Path file = Files.writeString(home.resolve("cp.csv"),
                EXPORT + "P2,CP,RO,SENT,PRESERVATION,DE,2026-09-11,OPEN\n");
        long id = inspected(file);
        // counted loaded before the database failed, but not in the store it came back
        // with
        sourceFiles.countRows(id, 1, 1, 0, 0);
        CaseExportReader reader = exports.reader();

        reader.open(restartAfter(1));

        FileRecord first = reader.read();
        assertThat(first.record().line()).isEqualTo(2);
        assertThat(first.file().rowsRead()).isZero();
        assertThat(sourceFiles.ofRun(1)).singleElement()
            .satisfies(f -> assertThat(List.of(f.rowsRead(), f.rowsLoaded(), f.rowsRejected())).containsOnly(0L));
        reader.close();
    }

    /**
     * The context a reader saved after reading this many records of the run's first file.
     */
    private static ExecutionContext restartAfter(long records) {
        ExecutionContext context = new ExecutionContext();
        context.putInt("file.index", 0);
        context.putLong("file.records", records);
        return context;
    }

}
