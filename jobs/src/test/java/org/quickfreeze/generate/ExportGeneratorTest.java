package org.quickfreeze.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.ingest.validation.RejectCode;
import org.quickfreeze.testsupport.Quickfreeze;

/**
 * {@code quickfreeze generate}: the rows asked for, the same files for a seed, and dirty
 * rows of every kind.
 */
class ExportGeneratorTest {

    @TempDir
    Path home;

    private static long dataRows(Path file) throws IOException {
        String header = Files.readAllLines(file).get(0);
        char delimiter = header.contains(";") ? ';' : ',';
        try (CSVParser parser = CSVParser.parse(file, java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setDelimiter(delimiter).get())) {
            return parser.stream().count() - 1;
        }
    }

    @Test
    void writesTheRowsAskedForAcrossTheThreeRegisters() throws IOException {
        var written = new ExportGenerator(7, false).write(10_000, home);

        assertThat(written.rows()).isEqualTo(10_000);
        assertThat(written.files()).extracting(p -> p.getFileName().toString())
            .containsExactly("cp-police.csv", "cp-prosecution.csv", "moj-mla.csv");
        long total = 0;
        for (Path file : written.files()) {
            assertThat(dataRows(file)).as(file.toString()).isPositive();
            total += dataRows(file);
        }
        assertThat(total).isEqualTo(10_000);
    }

    @Test
    void theSameSeedWritesTheSameFilesByteForByte() throws IOException {
        var first = new ExportGenerator(42, true).write(5_000, home.resolve("a"));
        var again = new ExportGenerator(42, true).write(5_000, home.resolve("b"));
        var other = new ExportGenerator(43, true).write(5_000, home.resolve("c"));

        for (int i = 0; i < first.files().size(); i++) {
            assertThat(Files.mismatch(first.files().get(i), again.files().get(i))).isEqualTo(-1L);
            assertThat(Files.mismatch(first.files().get(i), other.files().get(i))).isNotEqualTo(-1L);
        }
    }

    @Test
    void aDirtyExportIsRejectedRowByRowWithEveryRejectCode() throws IOException {
        Path exports = home.resolve("exports");
        var written = new ExportGenerator(3, true).write(20_000, exports);
        Quickfreeze quickfreeze = new Quickfreeze(home.resolve("run"));

        var outcome = quickfreeze.run("run", "--input", exports.toString(), "--period", "2026-10");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        List<CSVRecord> rejects = Quickfreeze.csv(quickfreeze.out().resolve("rejects-2026-10-31.csv"));
        Set<String> codes = rejects.stream().skip(1).map(r -> r.get(2)).collect(Collectors.toSet());
        assertThat(codes)
            .containsExactlyInAnyOrderElementsOf(Arrays.stream(RejectCode.values()).map(Enum::name).toList());
        assertThat(written.dirtyRows()).isPositive();
        assertThat((long) rejects.size() - 1).isLessThanOrEqualTo(written.dirtyRows());
    }

    @Test
    void europeanOrdersGoToAFourthRegisterFromTheDayTheRegulationApplies() throws IOException {
        var written = new ExportGenerator(7, false, true).write(20_000, home);

        Path orders = home.resolve(ExportGenerator.EUROPEAN_ORDERS_FILE);
        assertThat(written.files()).endsWith(orders);
        assertThat(written.rows()).isEqualTo(20_000);
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(orders, java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            rows = parser.getRecords();
        }
        assertThat(rows).hasSizeGreaterThan(1_000);
        assertThat(rows).extracting(r -> r.get("instrument")).containsOnly("EPOC_PR", "EPOC");
        assertThat(rows).extracting(r -> r.get("request_type")).containsOnly("");
        assertThat(rows).extracting(r -> LocalDate.parse(r.get("requested_on")))
            .allMatch(d -> !d.isBefore(ExportGenerator.EUROPEAN_ORDERS_FROM));
        assertThat(rows).extracting(r -> r.get("follows_up")).anyMatch(f -> f.startsWith("OEC-"));
        assertThat(rows).extracting(r -> r.get("emergency")).contains("YES", "NO", "");
    }

}
