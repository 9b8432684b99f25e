package org.quickfreeze.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Fixtures;
import org.quickfreeze.testsupport.Quickfreeze;

/**
 * The workbook of a real run on the small fixture, figures checked against values worked
 * out by hand from the compliance rules.
 */
class ComplianceWorkbookFiguresTest {

    private static final Path FIXTURE = Fixtures.small();

    @TempDir
    Path home;

    private XSSFWorkbook run(String period) throws IOException {
        Quickfreeze quickfreeze = new Quickfreeze(home);
        Path inputs = Quickfreeze.exports(home.resolve("in"), FIXTURE.resolve("cp-police.csv"),
                FIXTURE.resolve("moj.csv"));
        var outcome = quickfreeze.run("run", "--input", inputs.toString(), "--period", period, "--as-of", "2026-10-31");
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(outcome.stdout()).contains("compliance-2026-10-31.xlsx");
        try (InputStream in = Files.newInputStream(quickfreeze.out().resolve("compliance-2026-10-31.xlsx"))) {
            return new XSSFWorkbook(in);
        }
    }

    private static Map<String, Row> rowsByFirstCells(Sheet sheet, int keyCells) {
        Map<String, Row> rows = new HashMap<>();
        for (Row row : sheet) {
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < keyCells; i++) {
                Cell cell = row.getCell(i);
                key.append(i == 0 ? "" : "/").append(cell == null ? "" : cell.toString());
            }
            rows.putIfAbsent(key.toString(), row);
        }
        return rows;
    }

    private static double number(Row row, int column) {
        return row.getCell(column).getNumericCellValue();
    }

    @Test
    void followUpAllRowEqualsTheHandComputedFigures() throws IOException {
        try (XSSFWorkbook workbook = run("2026-10")) {
            Row all = rowsByFirstCells(workbook.getSheet("Follow-up"), 2).get("all/all");
            // 8 preservations not excluded; followed up PN-1 (18 days), PN-8 (75), PN-9
            // (111);
            // flagged PN-2, PN-3, PN-4; due soon PN-5
            assertThat(number(all, 2)).isEqualTo(8);
            assertThat(number(all, 3)).isEqualTo(3);
            assertThat(number(all, 4)).isEqualTo(3);
            assertThat(number(all, 5)).isEqualTo(1);
            assertThat(number(all, 6)).isEqualTo(5);
            assertThat(number(all, 7)).isEqualTo(0.0);
            assertThat(number(all, 8)).isEqualTo(4);
            assertThat(number(all, 9)).isEqualTo(0.25);
            // delays 18, 75, 111: mean 68.0, median 75, p90 h = 1.8: 75 + 0.8 × 36 =
            // 103.8
            assertThat(number(all, 10)).isEqualTo(18);
            assertThat(number(all, 11)).isEqualTo(75.0);
            assertThat(number(all, 12)).isEqualTo(68.0);
            assertThat(number(all, 13)).isEqualTo(103.8);
            assertThat(number(all, 14)).isEqualTo(111);
        }
    }

    @Test
    void volumesOfTheMonthCountOnlyRequestsOfOctoberUpToTheAsOfDay() throws IOException {
        try (XSSFWorkbook workbook = run("2026-10")) {
            Map<String, Row> rows = rowsByFirstCells(workbook.getSheet("Volumes"), 1);
            // PN-6 (preservation), PN-10 (subscriber info), M-X and M-3 (MLA); PN-11 and
            // M-6 come after D
            Row ro = rows.get("RO");
            assertThat(number(ro, 1)).isEqualTo(4);
            assertThat(number(ro, 2)).isEqualTo(1);
            assertThat(number(ro, 3)).isEqualTo(2);
            assertThat(ro.getCell(4).getStringCellValue()).isEqualTo("DE, FR");
            assertThat(number(ro, 5)).isZero();
            assertThat(number(rows.get("Total"), 1)).isEqualTo(4);
        }
    }

    @Test
    void volumesOverARangeOfDays() throws IOException {
        try (XSSFWorkbook workbook = run("2026-09-01..2026-10-31")) {
            Row ro = rowsByFirstCells(workbook.getSheet("Volumes"), 1).get("RO");
            // adds PN-1, PN-5 (preservations) and M-1 (MLA) of September
            assertThat(number(ro, 1)).isEqualTo(7);
            assertThat(number(ro, 2)).isEqualTo(3);
            assertThat(number(ro, 3)).isEqualTo(3);
            assertThat(ro.getCell(4).getStringCellValue()).isEqualTo("DE, FR");
            assertThat(workbook.getSheet("Summary").getRow(2).getCell(1).getStringCellValue())
                .isEqualTo("2026-09-01..2026-10-31");
        }
    }

    @Test
    void backlogTrendEqualsTheHandComputedMonths() throws IOException {
        try (XSSFWorkbook workbook = run("2026-10")) {
            Map<String, Row> months = rowsByFirstCells(workbook.getSheet("Backlog"), 1);
            Row october = months.get("2026-10");
            assertThat(number(october, 1)).isEqualTo(1); // opened: PN-6
            assertThat(number(october, 3)).isEqualTo(2); // awaiting: PENDING PN-6 +
                                                         // DUE_SOON PN-5
            assertThat(number(october, 4)).isEqualTo(1); // overdue: PN-3
            assertThat(number(october, 5)).isZero();
            assertThat(number(months.get("2026-09"), 5)).isEqualTo(1); // PN-2 reached day
                                                                       // 90 on 09-29
            assertThat(number(months.get("2026-08"), 5)).isEqualTo(1); // PN-4 on 08-30
            assertThat(number(months.get("2026-04"), 5)).isEqualTo(1); // PN-9 on 04-10,
                                                                       // followed up
                                                                       // 05-01
            assertThat(number(months.get("2026-09"), 2)).isEqualTo(1); // followed up:
                                                                       // PN-1 on 09-20
            assertThat(number(months.get("2026-05"), 2)).isEqualTo(1); // PN-9 on 05-01
        }
    }

    @Test
    void dataQualityListsEachFileWithReconcilingCounts() throws IOException {
        try (XSSFWorkbook workbook = run("2026-10")) {
            Map<String, Row> rows = rowsByFirstCells(workbook.getSheet("Data quality"), 1);
            Row police = rows.get("cp-police.csv");
            assertThat(number(police, 2)).isEqualTo(14);
            assertThat(number(police, 3)).isEqualTo(11);
            assertThat(number(police, 4)).isEqualTo(2);
            assertThat(number(police, 5)).isEqualTo(1);
            assertThat(police.getCell(6).getStringCellValue()).isEqualTo("yes");
            assertThat(number(rows.get("Total"), 2)).isEqualTo(21);
            assertThat(number(rows.get("MALFORMED_ROW"), 1)).isEqualTo(1);
            assertThat(rows.get("MOJ").getCell(2).getStringCellValue()).isEqualTo("CP-POLICE/PN-99");
        }
    }

}
