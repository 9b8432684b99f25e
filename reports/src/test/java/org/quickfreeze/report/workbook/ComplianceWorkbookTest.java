package org.quickfreeze.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quickfreeze.report.testsupport.ReportModels;
import org.quickfreeze.report.text.MessageBundles;

/** Reads the workbook back with POI, as Excel would see it. */
class ComplianceWorkbookTest {

    private static XSSFWorkbook workbook;

    @BeforeAll
    static void writeAndReadBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ComplianceWorkbook(MessageBundles.english()).write(ReportModels.small(), out);
        workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> headerOf(Sheet sheet, int row) {
        List<String> names = new ArrayList<>();
        for (Cell cell : sheet.getRow(row)) {
            names.add(cell.getStringCellValue());
        }
        return names;
    }

    @Test
    void tenSheetsInTheOrderOfTheSpec() {
        List<String> names = new ArrayList<>();
        workbook.forEach(s -> names.add(s.getSheetName()));
        assertThat(names).containsExactly("Summary", "Flags", "Due soon", "Follow-up", "Period", "Time to follow-up",
                "Durations", "Volumes", "Backlog", "Data quality");
    }

    @Test
    void headersAreTheColumnsOfTheSpec() {
        assertThat(headerOf(workbook.getSheet("Follow-up"), 0)).containsExactly("group", "value", "preservations",
                "followed_up", "flagged", "due_soon", "matured_60", "within_60_rate", "matured_90", "within_90_rate",
                "delay_min", "delay_median", "delay_mean", "delay_p90", "delay_max", "km_30", "km_60", "km_90",
                "km_180", "km_median");
        assertThat(headerOf(workbook.getSheet("Period"), 0)).containsExactly("group", "value", "opened", "followed_up",
                "due_60", "met_60", "within_60_rate", "due_90", "met_90", "within_90_rate", "delay_n", "delay_min",
                "delay_median", "delay_mean", "delay_p90", "delay_max");
        assertThat(headerOf(workbook.getSheet("Time to follow-up"), 0)).containsExactly("day", "all", "SENT",
                "RECEIVED");
        assertThat(headerOf(workbook.getSheet("Volumes"), 0)).containsExactly("Party", "Total sent",
                "Preservation (Art. 29+30)", "MLA (Art. 31+33+34)", "To", "Total received", "Preservation", "MLA",
                "From");
        assertThat(headerOf(workbook.getSheet("Backlog"), 0)).containsExactly("month", "opened", "followed_up",
                "awaiting", "overdue", "lapsed");
        assertThat(headerOf(workbook.getSheet("Flags"), 0)).contains("case_reference", "offence");
        assertThat(headerOf(workbook.getSheet("Data quality"), 0)).startsWith("file", "status", "rows read", "loaded",
                "rejected", "empty");
    }

    @Test
    void headerRowIsBoldAndFrozenAndEveryTableHasAFilter() {
        for (Sheet s : workbook) {
            XSSFSheet sheet = (XSSFSheet) s;
            assertThat(sheet.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
        }
        assertThat(workbook.getSheet("Volumes").getTables()).extracting(t -> t.getName())
            .containsExactly("PerCounterpart");
        assertThat(workbook.getSheet("Data quality").getTables()).hasSize(3);
    }

    @Test
    void countsAreNumbersRatesArePercentagesAndMeansHaveOneDecimal() {
        Row all = workbook.getSheet("Follow-up").getRow(1);
        assertThat(all.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(all.getCell(2).getNumericCellValue()).isEqualTo(5);
        assertThat(all.getCell(7).getNumericCellValue()).isEqualTo(0.25);
        assertThat(all.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(all.getCell(12).getNumericCellValue()).isEqualTo(18.0);
        assertThat(all.getCell(12).getCellStyle().getDataFormatString()).isEqualTo("0.0");
        Row month = workbook.getSheet("Follow-up").getRow(3);
        assertThat(month.getCell(9)).as("rate with zero denominator")
            .satisfiesAnyOf(c -> assertThat(c).isNull(), c -> assertThat(c.getCellType()).isEqualTo(CellType.BLANK));
    }

    @Test
    void daysAreDateCells() {
        Cell requested = workbook.getSheet("Flags").getRow(1).getCell(6);
        assertThat(requested.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(requested)).isTrue();
        assertThat(requested.getLocalDateTimeCellValue().toLocalDate()).hasToString("2026-07-01");
        Cell asOf = workbook.getSheet("Summary").getRow(1).getCell(1);
        assertThat(DateUtil.isCellDateFormatted(asOf)).isTrue();
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() {
        Row lapsed = workbook.getSheet("Flags").getRow(1);
        Cell caseReference = lapsed.getCell(12);
        assertThat(caseReference.getCellType()).isEqualTo(CellType.STRING);
        assertThat(caseReference.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\",\"click\")");
        assertThat(lapsed.getCell(13).getStringCellValue()).isEqualTo("Фишинг против клиентов банка");
        Row dueSoon = workbook.getSheet("Due soon").getRow(1);
        assertThat(dueSoon.getCell(12).getCellType()).isEqualTo(CellType.STRING);
        assertThat(dueSoon.getCell(12).getStringCellValue()).isEqualTo("+C-5");
        assertThat(dueSoon.getCell(13).getStringCellValue()).isEqualTo("@offence");
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(sheet.getSheetName()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void flagsHoldOnlyFlaggedFindingsAndDueSoonOnlyDueSoon() {
        assertThat(workbook.getSheet("Flags").getLastRowNum()).isEqualTo(3);
        assertThat(workbook.getSheet("Due soon").getLastRowNum()).isEqualTo(1);
        assertThat(workbook.getSheet("Due soon").getRow(1).getCell(1).getStringCellValue()).isEqualTo("PN-5");
    }

    @Test
    void timeToFollowUpIsAPercentageCellEmptyWhereNotGivenAndTheMedianADay() {
        Row all = workbook.getSheet("Follow-up").getRow(1);
        assertThat(all.getCell(15).getNumericCellValue()).isEqualTo(0.2);
        assertThat(all.getCell(15).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(all.getCell(18)).as("km_180 not given").isNull();
        assertThat(all.getCell(19)).as("median not reached").isNull();
        Row month = workbook.getSheet("Follow-up").getRow(3);
        assertThat(month.getCell(15)).as("no time to follow-up by month of start").isNull();
    }

    @Test
    void periodSheetHoldsThePeriodFiguresPerGroup() {
        Row all = workbook.getSheet("Period").getRow(1);
        assertThat(all.getCell(0).getStringCellValue()).isEqualTo("all");
        assertThat(all.getCell(4).getNumericCellValue()).isEqualTo(7);
        assertThat(all.getCell(5).getNumericCellValue()).isEqualTo(3);
        assertThat(all.getCell(6).getNumericCellValue()).isEqualTo(0.429);
        assertThat(all.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(workbook.getSheet("Period").getLastRowNum()).isEqualTo(4);
    }

    @Test
    void timeToFollowUpSheetHasDays0To180AndANativeChartOfThreeCurves() {
        XSSFSheet sheet = workbook.getSheet("Time to follow-up");
        assertThat(sheet.getLastRowNum()).isEqualTo(181);
        assertThat(sheet.getRow(19).getCell(0).getNumericCellValue()).isEqualTo(18);
        assertThat(sheet.getRow(19).getCell(1).getNumericCellValue()).isEqualTo(0.2);
        assertThat(sheet.getRow(124).getCell(1)).as("day 123: nobody observed that long").isNull();
        List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        assertThat(charts.get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(3);
    }

    @Test
    void summaryNamesEachStateWithItsCodeAndTheCountAMonthAgo() {
        Sheet summary = workbook.getSheet("Summary");
        assertThat(headerOf(summary, 0)).containsExactly("item", "value", "a_month_ago", "change", "code");
        Row lapsed = null;
        Row overdue = null;
        for (Row row : summary) {
            if (row.getCell(4) != null && row.getCell(4).getStringCellValue().equals("LAPSED")) {
                lapsed = row;
            }
            if (row.getCell(4) != null && row.getCell(4).getStringCellValue().equals("OVERDUE")) {
                overdue = row;
            }
        }
        assertThat(lapsed.getCell(0).getStringCellValue()).isEqualTo("preservations: Lapsed");
        assertThat(lapsed.getCell(1).getNumericCellValue()).isEqualTo(2);
        assertThat(lapsed.getCell(2).getNumericCellValue()).isEqualTo(1);
        assertThat(lapsed.getCell(3).getNumericCellValue()).isEqualTo(1);
        assertThat(overdue.getCell(3).getNumericCellValue()).isEqualTo(-1);
    }

    @Test
    void caseListsCarryTheStateCodeAndItsName() {
        Sheet flags = workbook.getSheet("Flags");
        assertThat(headerOf(flags, 0)).containsExactly("register", "request_id", "party", "direction", "counterpart",
                "request_type", "requested_on", "start_on", "age_days", "days_left", "state", "severity",
                "case_reference", "offence", "state_name");
        assertThat(flags.getRow(1).getCell(10).getStringCellValue()).isEqualTo("LAPSED");
        assertThat(flags.getRow(1).getCell(14).getStringCellValue()).isEqualTo("Lapsed");
    }

    @Test
    void volumesEndWithTheTotalRowThenThePerCounterpartTable() {
        Sheet volumes = workbook.getSheet("Volumes");
        assertThat(volumes.getRow(1).getCell(4).getStringCellValue()).isEqualTo("DE, FR");
        assertThat(volumes.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Total");
        assertThat(volumes.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(4);
        assertThat(headerOf(volumes, 5)).startsWith("Party", "Counterpart", "Total sent");
    }

    @Test
    void backlogHasANativeLineChartOfTheTrend() {
        XSSFSheet backlog = workbook.getSheet("Backlog");
        List<XSSFChart> charts = backlog.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        var series = charts.get(0).getChartSeries().get(0);
        assertThat(series.getSeriesCount()).isEqualTo(4);
        assertThat(backlog.getLastRowNum()).isEqualTo(12);
    }

    @Test
    void dataQualityReconcilesEachFile() {
        Row file = workbook.getSheet("Data quality").getRow(1);
        assertThat(file.getCell(2).getNumericCellValue()).isEqualTo(14);
        assertThat(file.getCell(6).getStringCellValue()).isEqualTo("yes");
        assertThat(file.getCell(7).getStringCellValue()).hasSize(64);
    }

}
