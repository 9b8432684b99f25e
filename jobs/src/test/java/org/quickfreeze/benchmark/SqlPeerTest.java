package org.quickfreeze.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.generate.ExportGenerator;
import org.quickfreeze.testsupport.Fixtures;
import org.quickfreeze.testsupport.Quickfreeze;

/**
 * The benchmark compares a run with an analyst's DuckDB SQL audit of the same files; the
 * comparison is honest only if both find the same. On 20,000 generated requests (European
 * orders mixed in), as of two days, the SQL's findings equal Quickfreeze's row for row: a
 * second, independent implementation of the rules.
 */
class SqlPeerTest {

    @TempDir
    Path home;

    private static List<List<String>> rows(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv)) {
            return CSVFormat.RFC4180.parse(reader).getRecords().stream().map(CSVRecord::toList).toList();
        }
    }

    @Test
    void duckDbFindingsEqualQuickfreezesOnGeneratedRegisters() throws Exception {
        Path exports = home.resolve("exports");
        new ExportGenerator(3, false, true).write(20_000, exports);
        String script = Files.readString(Fixtures.onClassPath("benchmark/peer/findings.sql"));

        for (String asOf : List.of("2026-10-31", "2026-09-17")) {
            Quickfreeze quickfreeze = new Quickfreeze(home.resolve("run-" + asOf));
            var outcome = quickfreeze.run("run", "--input", exports.toString(), "--as-of", asOf, "--party", "RO");
            assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
            Path sql = home.resolve("duckdb-" + asOf + ".csv");
            DuckDbFindings.run(script, exports, asOf, sql);

            List<List<String>> expected = rows(quickfreeze.out().resolve("findings-" + asOf + ".csv"));
            List<List<String>> actual = rows(sql);
            assertThat(actual.get(0)).isEqualTo(expected.get(0));
            assertThat(actual).hasSameSizeAs(expected).hasSizeGreaterThan(5_000);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i)).as("findings line " + (i + 1) + " as of " + asOf).isEqualTo(expected.get(i));
            }
        }
    }

}
