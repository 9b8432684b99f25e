package org.quickfreeze.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.ingest.export.UnusableFile;
import org.quickfreeze.testsupport.MigratedStore;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows are read and validated ahead of the step on a thread of their own; the step still
 * sees them in file order, a restart reads on from the last row handed to the step, and a
 * file that cannot be read fails the step only after the rows before it.
 */
@Timeout(30)
class ReadAheadTest {

    private static final String HEADER = "request_id,register,party,direction,request_type,counterpart,requested_on,"
            + "status\n";

    @TempDir
    Path home;

    private JdbcTemplate store;

    private InspectedExports exports;

    @BeforeEach
    void store() {
        store = MigratedStore.h2(home);
        exports = new InspectedExports(new SourceFileRepository(store));
    }

    private Path export(String name, int rows) throws IOException, UnusableFile {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 1; i <= rows; i++) {
            text.append(name).append('-').append(i).append(",CP,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN\n");
        }
        // files are read in load order: by modification time, here that of their names
        Path file = Files.writeString(home.resolve(name + ".csv"), text);
        exports.register(file, LocalDateTime.parse("2026-10-01T08:00").plusMinutes(name.charAt(0)));
        return file;
    }

    private ReadAhead readAhead(int capacity) {
        FirstRows firstRows = new FirstRows(store);
        return new ReadAhead(exports.reader(), new RowProcessor(firstRows), firstRows, capacity);
    }

    private static List<String> ids(ReadAhead reader, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RowOutcome outcome = reader.read();
            ids.add(outcome == null ? "end" : ((RowOutcome.Valid) outcome).request().requestId());
        }
        return ids;
    }

    @Test
    void rowsOfEveryFileReachTheStepInOrderThenTheEnd() throws Exception {
        export("a", 1200);
        export("b", 700);
        ReadAhead reader = readAhead(1000);
        reader.open(new ExecutionContext());

        List<String> ids = ids(reader, 1901);

        assertThat(ids).hasSize(1901).startsWith("a-1", "a-2").contains("a-1200", "b-1").endsWith("b-700", "end");
        assertThat(ids.indexOf("b-1")).isEqualTo(1200);
        assertThat(reader.read()).as("asked again after the end").isNull();
        reader.close();
    }

    @Test
    void restartReadsOnFromTheLastRowHandedToTheStepNotFromTheRowsReadAhead() throws Exception {
        export("a", 3000);
        ReadAhead first = readAhead(2000);
        first.open(new ExecutionContext());
        ids(first, 1000);
        // the thread has had time to read far beyond the 1,000 rows handed out
        Thread.sleep(200);
        ExecutionContext committed = new ExecutionContext();
        first.update(committed);
        first.close();
        // what the step's writer had stored and counted of those 1,000 rows
        store.update("UPDATE source_file SET rows_read = 1000, rows_loaded = 1000");
        store.batchUpdate("INSERT INTO case_request (register, request_id, party, direction, request_type, "
                + "counterpart, requested_on, status, instrument, source_file_id, source_line, source_sha256, "
                + "source_name, source_modified_at) SELECT 'CP', 'a-' || (x - 1), 'RO', 'SENT', 'PRESERVATION', "
                + "'DE', DATE '2026-09-10', 'OPEN', 'BUDAPEST', 1, x, f.sha256, f.name, f.modified_at "
                + "FROM SYSTEM_RANGE(2, 1001), source_file f");

        ReadAhead restarted = readAhead(2000);
        restarted.open(committed);

        assertThat(ids(restarted, 1)).containsExactly("a-1001");
        restarted.close();
    }

    @Test
    void fileChangedAfterInspectionFailsTheStepOnlyAfterTheRowsBeforeIt() throws Exception {
        export("a", 10);
        Path b = export("b", 10);
        Files.writeString(b, HEADER + "changed,CP,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN\n");
        ReadAhead reader = readAhead(1000);
        reader.open(new ExecutionContext());

        assertThat(ids(reader, 10)).endsWith("a-10");
        assertThatThrownBy(reader::read).isInstanceOf(ItemStreamException.class)
            .hasMessageContaining("b.csv changed since it was inspected");
        reader.close();
    }

}
