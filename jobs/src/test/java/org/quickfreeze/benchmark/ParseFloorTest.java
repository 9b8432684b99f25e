package org.quickfreeze.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.generate.ExportGenerator;
import org.quickfreeze.testsupport.Quickfreeze;

/**
 * {@code quickfreeze parse}, the benchmark's floor: every record of every CSV export,
 * header lines included.
 */
class ParseFloorTest {

    @TempDir
    Path home;

    @Test
    void readsEveryRecordOfCommaAndSemicolonExports() throws IOException {
        new ExportGenerator(5, false).write(3_000, home);
        Files.writeString(home.resolve("excel.csv"), "request_id;register;party\nP1;CP;RO\nP2;;RO\n");
        Files.writeString(home.resolve("notes.txt"), "not an export");

        ParseFloor.Parsed parsed = new ParseFloor().parse(List.of(home));

        assertThat(parsed.files()).isEqualTo(4);
        assertThat(parsed.records()).isEqualTo(3_000 + 3 + 3);
        ParseFloor.Parsed excel = new ParseFloor().parse(List.of(home.resolve("excel.csv")));
        assertThat(excel.cells()).as("non-empty cells, split at ';'").isEqualTo(8);
    }

    @Test
    void commandPrintsTheRecordsAndTheTime() throws IOException {
        new ExportGenerator(5, false).write(1_000, home.resolve("exports"));

        var outcome = new Quickfreeze(home).run("parse", "--input", home.resolve("exports").toString());

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(outcome.stdout()).containsPattern("parse: 3 files, 1003 records, \\d+ cells in \\d+\\.\\d\\d s");
    }

}
