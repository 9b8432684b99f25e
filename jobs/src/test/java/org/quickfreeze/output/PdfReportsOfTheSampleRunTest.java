package org.quickfreeze.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;

import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Fixtures;
import org.quickfreeze.testsupport.Quickfreeze;

/**
 * The PDFs of the README's sample run, read back and checked against the workbook and the
 * inputs.
 */
class PdfReportsOfTheSampleRunTest {

    @TempDir
    static Path home;

    static Quickfreeze quickfreeze;

    @BeforeAll
    static void runTheSamples() throws IOException {
        Path logo = home.resolve("logo.png");
        ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "png", logo.toFile());
        quickfreeze = new Quickfreeze(home);
        var outcome = quickfreeze.run("run", "--input", Fixtures.samples().toString(), "--period", "2026-10", "--party",
                "RO", "--quickfreeze.organisation=Ministerul Justiției — Türkiye desk", "--quickfreeze.logo=" + logo);
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
    }

    private static String text(String name) throws IOException {
        try (PDDocument document = Loader.loadPDF(quickfreeze.out().resolve(name).toFile())) {
            // cells wrap within their columns: compare with single spaces
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static Row workbookRow(String sheet, int index) throws IOException {
        try (InputStream in = Files.newInputStream(quickfreeze.out().resolve("compliance-2026-10-31.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            return workbook.getSheet(sheet).getRow(index);
        }
    }

    @Test
    void committeeKeyFiguresAndTcyTableEqualTheWorkbook() throws IOException {
        String text = text("committee-2026-10.pdf");
        Row period = workbookRow("Period", 1);
        DataFormatter format = new DataFormatter();
        assertThat(text)
            .contains("Preservations opened (not refused or withdrawn) " + format.formatCellValue(period.getCell(2)));
        assertThat(text)
            .contains("60-day deadlines that fell in the period " + format.formatCellValue(period.getCell(4)));
        assertThat(text).contains("… met: MLA request within 60 days " + format.formatCellValue(period.getCell(5))
                + " (" + String.format("%.1f %%", period.getCell(6).getNumericCellValue() * 100) + ")");
        assertThat(text)
            .contains("90-day deadlines that fell in the period " + format.formatCellValue(period.getCell(7)));
        Row summary = workbookRow("Summary", 11);
        assertThat(summary.getCell(4).getStringCellValue()).isEqualTo("OVERDUE");
        assertThat(text)
            .contains("Overdue: no MLA request, day 61 to 90 " + format.formatCellValue(summary.getCell(1)));
        Row ro = workbookRow("Volumes", 1);
        assertThat(text).containsPattern("RO\\s+" + format.formatCellValue(ro.getCell(1)) + "\\s+"
                + format.formatCellValue(ro.getCell(2)) + "\\s+" + format.formatCellValue(ro.getCell(3)));
        assertThat(text).contains("Ministerul Justiției — Türkiye desk");
    }

    @Test
    void committeeReportContainsNoRequestIdNorCaseReferenceOfTheInputs() throws IOException {
        Set<String> secrets = new HashSet<>();
        for (String file : List.of("cp-police.csv", "moj-mla-register.csv")) {
            List<CSVRecord> rows = Quickfreeze.csv(Fixtures.samples().resolve(file));
            for (CSVRecord r : rows.subList(1, rows.size())) {
                secrets.add(r.get(0));
                secrets.add(r.get(13));
                secrets.add(r.get(14));
            }
        }
        secrets.remove("");
        String text = text("committee-2026-10.pdf");
        for (String secret : secrets) {
            assertThat(text).as("committee PDF text").doesNotContain(secret);
        }
        try (PDDocument document = Loader.loadPDF(quickfreeze.out().resolve("committee-2026-10.pdf").toFile())) {
            var info = document.getDocumentInformation();
            for (String secret : secrets) {
                assertThat(info.getTitle() + info.getSubject() + info.getKeywords() + info.getAuthor())
                    .doesNotContain(secret);
            }
            assertThat(document.getDocumentCatalog().getDocumentOutline()).isNull();
        }
    }

    @Test
    void monthlyReportListsTheOverduePreservationsOfTheWorkbook() throws IOException {
        String text = text("monthly-2026-10-31.pdf");
        int overdue = 0;
        try (InputStream in = Files.newInputStream(quickfreeze.out().resolve("compliance-2026-10-31.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row flag : workbook.getSheet("Flags")) {
                if (flag.getRowNum() > 0 && flag.getCell(10).getStringCellValue().equals("OVERDUE")) {
                    assertThat(text).containsPattern(
                            flag.getCell(1).getStringCellValue() + "\\s+" + flag.getCell(0).getStringCellValue());
                    overdue++;
                }
            }
        }
        assertThat(overdue).isPositive();
    }

    @Test
    void everyPageOfBothReportsHasItsFooter() throws IOException {
        for (String name : List.of("committee-2026-10.pdf", "monthly-2026-10-31.pdf")) {
            try (PDDocument document = Loader.loadPDF(quickfreeze.out().resolve(name).toFile())) {
                int pages = document.getNumberOfPages();
                assertThat(pages).isGreaterThan(1);
                for (int page = 1; page <= pages; page++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    assertThat(stripper.getText(document)).as(name + " page " + page)
                        .contains("Page " + page + " of " + pages)
                        .containsPattern("generated \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
                }
                PDPage first = document.getPage(0);
                assertThat(first.getResources().getXObjectNames()).as("logo on the title block").isNotEmpty();
            }
        }
    }

}
