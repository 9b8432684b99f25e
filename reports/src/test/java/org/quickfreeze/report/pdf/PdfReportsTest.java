package org.quickfreeze.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.ReportModel;
import org.quickfreeze.report.model.ReportModels;

/** Reads the PDFs back with PDFBox: their text, metadata and outline. */
class PdfReportsTest {

    private static final PdfTemplates TEMPLATES = new PdfTemplates();

    private static final PdfSettings SETTINGS = new PdfSettings("Ministerul Justiției, România", null, 50);

    private static byte[] committee(ReportModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CommitteeReport(TEMPLATES, SETTINGS).write(model, out);
        return out.toByteArray();
    }

    private static byte[] monthly(ReportModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MonthlyReport(TEMPLATES, SETTINGS).write(model, "compliance-2026-10-31.xlsx", out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void committeeReportShowsTheAggregatesWithTheOrganisationInNonAsciiLetters() throws IOException {
        String text = text(committee(ReportModels.small()));
        assertThat(text).contains("Ministerul Justiției, România");
        assertThat(text).contains("Follow-up of expedited preservation requests");
        assertThat(text).contains("1. Key figures", "2. Requests sent and received in the period (T-CY table)",
                "3. Follow-up of preservation requests", "4. Backlog trend", "5. Durations", "6. Method");
        assertThat(text).contains("Followed up by an MLA request within 60 days 50.0 %");
        assertThat(text).containsPattern("RO\\s+4\\s+1\\s+2\\s+DE, FR\\s+0\\s+0\\s+0");
        assertThat(text).contains("Page 1 of");
    }

    @Test
    void committeeReportCarriesNothingThatIdentifiesACase() throws IOException {
        byte[] pdf = committee(ReportModels.small());
        String text = text(pdf);
        for (String secret : List.of("PN-2", "PN-5", "PN-1", "M-1", "HYPERLINK", "+C-5", "C-1", "Фишинг", "@offence",
                "CP-POLICE", "MOJ")) {
            assertThat(text).as("text").doesNotContain(secret);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            String metadata = String.join("|", info.getTitle(), info.getSubject(), info.getAuthor(),
                    info.getKeywords(), String.valueOf(info.getCreator()));
            assertThat(metadata).doesNotContain("PN-", "C-1", "HYPERLINK");
            assertThat(info.getTitle()).isEqualTo("Follow-up of expedited preservation requests, RO, 2026-10");
            assertThat(info.getAuthor()).isEqualTo("Ministerul Justiției, România");
            assertThat(document.getDocumentCatalog().getDocumentOutline()).isNull();
        }
    }

    @Test
    void monthlyReportListsFlaggedAndDueSoonWithCaseReferencesPrintedLiterally() throws IOException {
        String text = text(monthly(ReportModels.small()));
        assertThat(text).contains("Monthly compliance report", "Summary", "Flagged preservations", "Due soon",
                "Backlog trend");
        assertThat(text).containsPattern("CP-POLICE\\s+PN-2\\s+FR\\s+2026-07-01\\s+122\\s+-62\\s+LAPSED");
        // printed literally, wrapped in its column
        assertThat(text.replaceAll("\\s+", "")).contains("LAPSED=HYPERLINK(\"http://x\",\"click\")");
        assertThat(text.replaceAll("\\s+", " ")).contains("Фишинг против клиентов банка");
        assertThat(text).containsPattern("PN-5\\s+DE\\s+2026-09-10\\s+51\\s+9\\s+DUE_SOON\\s+\\+C-5");
        assertThat(text).doesNotContain("PN-1 ");
    }

    @Test
    void longFlaggedListStopsAtTheMaximumAndPointsToTheWorkbook() throws IOException {
        ReportModel small = ReportModels.small();
        List<FindingRow> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(ReportModels.lapsed("PN-" + i, "C-" + i, "fraud"));
        }
        ReportModel large = new ReportModel(small.header(), many, small.stateCounts(), small.followUp(),
                small.durations(), small.volumes(), small.trend(), small.dataQuality());

        byte[] pdf = monthly(large);

        String text = text(pdf);
        assertThat(text).contains("… and 99950 more: the 50 listed here are the first of 100000; all are in the "
                + "Flags sheet of compliance-2026-10-31.xlsx.");
        assertThat(text).contains("PN-49").doesNotContain("PN-50 ");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isLessThan(10);
            int pages = document.getNumberOfPages();
            assertThat(text).contains("Page " + pages + " of " + pages);
        }
    }

    @Test
    void everyPageHasItsNumberAndTheGenerationTime() throws IOException {
        byte[] pdf = committee(ReportModels.small());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                assertThat(text).contains("Page " + page + " of " + pages);
                assertThat(text).contains("generated 2026-11-01 06:00 +00:00");
            }
        }
        assertThat(LocalDate.parse("2026-10-31")).isEqualTo(ReportModels.D);
    }
}
