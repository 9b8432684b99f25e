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
import org.quickfreeze.report.model.ActionList;
import org.quickfreeze.report.model.ActionRow;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.MonthlyActions;
import org.quickfreeze.report.model.ReportModel;
import org.quickfreeze.report.testsupport.ReportModels;
import org.quickfreeze.report.text.MessageBundles;

/** Reads the PDFs back with PDFBox: their text, metadata and outline. */
class PdfReportsTest {

    private static final PdfTemplates TEMPLATES = new PdfTemplates();

    private static final PdfSettings SETTINGS = new PdfSettings("Ministerul Justiției, România", null, 50);

    private static byte[] committee(ReportModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CommitteeReport(TEMPLATES, SETTINGS, MessageBundles.english()).write(model, out);
        return out.toByteArray();
    }

    private static byte[] monthly(ReportModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MonthlyReport(TEMPLATES, SETTINGS, MessageBundles.english()).write(model, "compliance-2026-10-31.xlsx",
                out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void committeeReportGivesThePeriodsFiguresAndSaysWhatIsSinceRecordsBegan() throws IOException {
        String text = text(committee(ReportModels.small()));
        assertThat(text).contains("Ministerul Justiției, România");
        assertThat(text).contains("Follow-up of expedited preservation requests");
        assertThat(text).contains("1. Key figures of the period 2026-10 (2026-10-01 to 2026-10-31)",
                "2. Requests sent and received in the period (T-CY table)",
                "3. Follow-up of preservation requests by an MLA request in the period",
                "4. Time to follow-up, since records began",
                "5. Backlog trend by month, and follow-up delays since " + "records began",
                "6. Durations, since records began", "7. Method");
        assertThat(text).contains("60-day deadlines that fell in the period 7",
                "… met: MLA request within 60 days 3 (42.9 %)", "90-day deadlines that fell in the period 4",
                "… met: MLA request within 90 days 1 (25.0 %)",
                "Preservations lapsed in the period (no MLA request by day 90) 1");
        assertThat(text).contains("Overdue: no MLA request, day 61 to 90 1");
        assertThat(text).containsPattern("RO\\s+4\\s+1\\s+2\\s+DE, FR\\s+0\\s+0\\s+0");
        // the counterpart with 6 deadlines is shown, the one with 1 is not
        assertThat(text).containsPattern("counterpart\\s+DE\\s+0\\s+0\\s+6\\s+3\\s+50.0 %");
        assertThat(text).doesNotContainPattern("counterpart\\s+US");
        assertThat(text.replaceAll("\\s+", " ")).contains("Fewer than half of the preservations are followed up by "
                + "an MLA request by day 122; 80.0 % are not followed up by day 122");
        assertThat(text).containsPattern("all\\s+all\\s+5\\s+4\\s+25.0 %\\s+20.0 %\\s+20.0 %\\s+not reached");
        assertThat(text).doesNotContain("DUE_SOON", "ON_TIME");
        assertThat(text).contains("Page 1 of");
    }

    @Test
    void committeeReportCarriesNothingThatIdentifiesACase() throws IOException {
        byte[] pdf = committee(ReportModels.small());
        String text = text(pdf);
        for (String secret : List.of("PN-2", "PN-5", "PN-1", "PN-8", "M-1", "HYPERLINK", "+C-5", "C-1", "C-8", "Фишинг",
                "@offence", "ransomware", "PRO-2024-001567", "DIICOT/2026", "CP-POLICE", "CP-PROSECUTION", "MOJ")) {
            assertThat(text).as("text").doesNotContain(secret);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            String metadata = String.join("|", info.getTitle(), info.getSubject(), info.getAuthor(), info.getKeywords(),
                    String.valueOf(info.getCreator()));
            assertThat(metadata).doesNotContain("PN-", "C-1", "HYPERLINK");
            assertThat(info.getTitle()).isEqualTo("Follow-up of expedited preservation requests, RO, 2026-10");
            assertThat(info.getAuthor()).isEqualTo("Ministerul Justiției, România");
            assertThat(document.getDocumentCatalog().getDocumentOutline()).isNull();
        }
    }

    @Test
    void monthlyReportSaysWhatToDoInOrderOfUrgencyWithTheStatesNowAndAMonthAgo() throws IOException {
        String text = text(monthly(ReportModels.small()));
        assertThat(text).contains("What to do this month");
        assertThat(text).containsSubsequence("1. At a glance", "2. Overdue", "3. Due soon", "4. Extended",
                "5. Lapsed in the period 2026-10", "6. Lapsed before the period", "7. Backlog trend",
                "8. The names of the states");
        assertThat(text).containsPattern("Lapsed\\s+2\\s+1\\s+\\+1");
        assertThat(text).containsPattern("Overdue\\s+1\\s+2\\s+−1");
        assertThat(text).containsPattern("Waiting, in time\\s+0\\s+1\\s+−1");
        assertThat(text).contains("Period 2026-10: 60-day deadlines met (of 7) 42.9 %");
        assertThat(text).contains("Half of all preservations followed up by (Kaplan–Meier median) not reached");
        // the overdue one was received: the received action, and its days to day 90
        assertThat(text).contains("Received (1). The counterpart asked us: ask whether an MLA request is coming");
        assertThat(text)
            .containsPattern("PN-8\\s+CP-POLICE\\s+US\\s+C-8\\s+2026-08-20\\s+2026-10-19\\s+2026-11-18\\s+18");
        assertThat(text).contains("4. Extended, still waiting", "None as of 2026-10-31.");
        // the one lapsed in the period shows the day it ended; the one lapsed before is
        // only counted
        assertThat(text).containsPattern("PRO-2024-001567\\s+CP-PROSECUTION\\s+DE\\s+DIICOT/2026/0815-ABC"
                + "\\s+2026-07-20\\s+2026-09-18\\s+2026-10-18\\s+2026-10-18");
        assertThat(text).doesNotContain("PN-2", "PN-1 ");
        assertThat(text).containsPattern("2026\\s+Received\\s+1");
        // printed literally
        assertThat(text).contains("+C-5", "@offence");
        // codes only in the table of state names
        assertThat(text.split("DUE_SOON", -1)).hasSize(2);
        assertThat(text).containsPattern("Due soon\\s+DUE_SOON\\s+no MLA request, 0–14 days left to day 60");
    }

    @Test
    void everyListedIdAndCaseReferenceIsFoundWholeHoweverLong() throws IOException {
        ReportModel small = ReportModels.small();
        String longId = "PRO-2024-" + "0123456789".repeat(5) + "-ABCD";
        String longReference = "DIICOT/2026/" + "ABCDEFGHIJ-".repeat(4) + "END";
        List<ActionRow> rows = new ArrayList<>();
        rows.add(action(ReportModels.lapsed(longId, longReference, "fraud")));
        for (int i = 0; i < 30; i++) {
            rows.add(action(ReportModels.lapsed("PRO-2026-" + (100000 + i), "DIICOT/" + (900 + i) + "/P/2026", "x")));
        }
        ReportModel model = withLapsedInPeriod(small, rows);

        String text = text(monthly(model));

        assertThat(longId).hasSize(64);
        assertThat(text).contains(longId, longReference);
        for (ActionRow row : rows) {
            assertThat(text).contains(row.finding().requestId(), row.finding().caseReference());
        }
    }

    @Test
    void longListStopsAtTheMaximumAndPointsToTheWorkbook() throws IOException {
        ReportModel small = ReportModels.small();
        List<ActionRow> many = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            many.add(action(ReportModels.lapsed("PN-" + i, "C-" + i, "fraud")));
        }
        ReportModel large = withLapsedInPeriod(small, many);

        byte[] pdf = monthly(large);

        String text = text(pdf);
        assertThat(text).contains("99,950 more, in the Flags sheet of compliance-2026-10-31.xlsx.");
        assertThat(text).contains("PN-49").doesNotContain("PN-50 ");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isLessThan(10);
            int pages = document.getNumberOfPages();
            assertThat(text).contains("Page " + pages + " of " + pages);
        }
    }

    private static ActionRow action(FindingRow f) {
        return new ActionRow(f, f.startOn().plusDays(60), f.startOn().plusDays(90), null, f.startOn().plusDays(90));
    }

    /** The small model with its lapsed-in-the-period list (received) replaced. */
    private static ReportModel withLapsedInPeriod(ReportModel small, List<ActionRow> received) {
        List<ActionList> lists = new ArrayList<>();
        for (ActionList l : small.actions().lists()) {
            lists.add(l.state().equals("LAPSED") ? new ActionList("LAPSED", l.sent(), received) : l);
        }
        return new ReportModel(small.header(), small.findings(), small.stateCounts(), small.stateCountsMonthAgo(),
                small.followUp(), small.period(), small.timeToFollowUp(),
                new MonthlyActions(lists, small.actions().lapsedBeforePeriod()), small.durations(), small.volumes(),
                small.trend(), small.dataQuality(), small.europeanOrders());
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
