package org.quickfreeze.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.generate.ExportGenerator;
import org.quickfreeze.testsupport.Fixtures;
import org.quickfreeze.testsupport.Quickfreeze;

/**
 * The Art. 28 return of the European orders, written by the whole job: on the sample
 * register of the Bucharest prosecutor's office (hand-counted), and on 100,000 generated
 * requests with European orders mixed in (counted here from the generated files).
 */
class EuropeanOrdersReturnTest {

    @TempDir
    Path home;

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static XSSFWorkbook workbook(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The row of the {@code Art. 28} sheet whose item starts so. */
    private static Row item(Sheet sheet, String start) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().startsWith(start)) {
                return row;
            }
        }
        throw new AssertionError("no item " + start);
    }

    private static double number(Row row, int column) {
        return row.getCell(column).getNumericCellValue();
    }

    @Test
    void samplesForTheYearGiveTheReturnInTheRegulationsWordsWithNoCaseInIt() throws IOException {
        Quickfreeze quickfreeze = new Quickfreeze(home);
        var outcome = quickfreeze.run("run", "--input", Fixtures.samples().toString(), "--period", "2026", "--party",
                "RO");
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(outcome.stdout())
            .containsPattern("parchet-ordine-europene-2026.csv\\s+36\\s+36\\s+0\\s+0\\s+LOADED");

        Path file = quickfreeze.out().resolve("eu-statistics-2026.xlsx");
        try (XSSFWorkbook workbook = workbook(file)) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Art. 28");
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("Orders");
            assertThat(workbook.getSheetAt(2).getSheetName()).isEqualTo("Refusals");
            Sheet art28 = workbook.getSheet("Art. 28");
            Row issued = item(art28, "(a)");
            assertThat(number(issued, 1)).isEqualTo(12);
            assertThat(number(issued, 2)).isEqualTo(22);
            assertThat(number(item(art28, "(c) orders fulfilled"), 1)).isEqualTo(5);
            assertThat(number(item(art28, "(c) orders fulfilled"), 2)).isEqualTo(19);
            assertThat(number(item(art28, "(c) orders not fulfilled"), 2)).isEqualTo(2);
            assertThat(number(item(art28, "(d) notifications"), 1)).isEqualTo(9);
            assertThat(number(item(art28, "(e) average days"), 1)).isEqualTo(15.2);
            assertThat(number(item(art28, "(f) average days"), 2)).isEqualTo(47.5);
            assertThat(number(item(art28, "(f) EPOC-PRs counted"), 2)).isEqualTo(12);
            for (String notHeld : List.of("(b)", "(g)", "(h)", "(i)", "(j)")) {
                assertThat(item(art28, notHeld).getCell(1).getStringCellValue())
                    .isEqualTo("not recorded in the registers");
            }
            Row epoc = workbook.getSheet("Orders").getRow(1);
            assertThat(epoc.getCell(0).getStringCellValue()).isEqualTo("EPOC");
            assertThat(epoc.getCell(1).getStringCellValue()).isEqualTo("all");
            assertThat(number(epoc, 4)).isEqualTo(12);
            assertThat(epoc.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);

            Set<String> cases = new HashSet<>();
            for (CSVRecord r : records(Fixtures.samples().resolve("parchet-ordine-europene-2026.csv"))) {
                cases.add(r.get("Nr. ordin"));
                cases.add(r.get("Dosar penal"));
                cases.add(r.get("Infracțiune"));
            }
            DataFormatter format = new DataFormatter();
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cases).as(sheet.getSheetName() + "!" + cell.getAddress())
                            .doesNotContain(format.formatCellValue(cell));
                    }
                }
            }
        }
        var october = new Quickfreeze(home.resolve("october")).run("run", "--input", Fixtures.samples().toString(),
                "--period", "2026-10", "--party", "RO");
        assertThat(october.exitCode()).isZero();
        assertThat(home.resolve("october/out/eu-statistics-2026-10.xlsx")).as("orders were issued in October").exists();
        var july = new Quickfreeze(home.resolve("july")).run("run", "--input", Fixtures.samples().toString(),
                "--period", "2026-07", "--party", "RO");
        assertThat(july.exitCode()).isZero();
        assertThat(home.resolve("july/out/eu-statistics-2026-07.xlsx")).as("none before the Regulation applied")
            .doesNotExist();
    }

    @Test
    void generatedRegistersWithEuropeanOrdersMixedInGiveTheirCountsAndLeaveThemOutOfTheTcyTable() throws IOException {
        Path exports = home.resolve("exports");
        new ExportGenerator(21, false, true).write(100_000, exports);
        Quickfreeze quickfreeze = new Quickfreeze(home);
        var outcome = quickfreeze.run("run", "--input", exports.toString(), "--period", "2026", "--party", "RO");
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();

        long epoc = 0;
        long epocPr = 0;
        List<String> preservationOrders = new ArrayList<>();
        for (CSVRecord r : records(exports.resolve(ExportGenerator.EUROPEAN_ORDERS_FILE))) {
            if (r.get("instrument").equals("EPOC_PR")) {
                preservationOrders.add(r.get("request_id"));
            }
            // production orders follow up to four months after their preservation: some
            // are of 2027
            if (r.get("direction").equals("SENT") && r.get("requested_on").startsWith("2026-")) {
                epoc += r.get("instrument").equals("EPOC") ? 1 : 0;
                epocPr += r.get("instrument").equals("EPOC_PR") ? 1 : 0;
            }
        }
        long conventionSent = 0;
        for (String name : ExportGenerator.FILES) {
            for (CSVRecord r : records(exports.resolve(name))) {
                if (r.get("direction").equals("SENT") && r.get("requested_on").startsWith("2026-")) {
                    conventionSent++;
                }
            }
        }

        try (XSSFWorkbook eu = workbook(quickfreeze.out().resolve("eu-statistics-2026.xlsx"))) {
            Row issued = item(eu.getSheet("Art. 28"), "(a)");
            assertThat(number(issued, 1)).isEqualTo(epoc);
            assertThat(number(issued, 2)).isEqualTo(epocPr);
        }
        try (XSSFWorkbook compliance = workbook(quickfreeze.out().resolve("compliance-2026-12-31.xlsx"))) {
            Sheet volumes = compliance.getSheet("Volumes");
            assertThat(volumes.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(number(volumes.getRow(2), 1)).as("requests sent, European orders aside")
                .isEqualTo(conventionSent);
        }
        Set<String> found = new HashSet<>();
        LocalDate last = LocalDate.parse("2026-12-31");
        for (CSVRecord f : records(quickfreeze.out().resolve("findings-2026-12-31.csv"))) {
            if (f.get("request_id").startsWith("OEC-")) {
                found.add(f.get("request_id"));
                assertThat(LocalDate.parse(f.get("requested_on"))).isBeforeOrEqualTo(last);
            }
        }
        assertThat(found).as("every preservation order is audited as a preservation")
            .containsExactlyInAnyOrderElementsOf(preservationOrders);
        assertThat(epoc).isPositive();
        assertThat(epocPr).isGreaterThan(epoc);
    }

}
