package org.quickfreeze.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.generate.ExportGenerator;
import org.quickfreeze.report.model.StateName;
import org.quickfreeze.report.text.MessageBundles;
import org.quickfreeze.report.text.Messages;
import org.quickfreeze.testsupport.Quickfreeze;

/**
 * The monthly and committee PDFs of 6,000 generated requests, read back as their readers
 * would search them and held against the findings CSVs of the same data audited as of D
 * (2026-10-31) and as of D′ (2026-09-30), run separately: what the monthly report says of
 * a month ago is what that month's own audit said.
 */
class ReportsForTheirReadersTest {

    private static final LocalDate D = LocalDate.parse("2026-10-31");

    @TempDir
    static Path home;

    static Quickfreeze now;

    static Quickfreeze monthAgo;

    @BeforeAll
    static void auditTheSameRegistersAsOfDAndAsOfDPrime() throws IOException {
        Path exports = home.resolve("exports");
        new ExportGenerator(11, false).write(6_000, exports);
        now = new Quickfreeze(home.resolve("now"));
        var outcome = now.run("run", "--input", exports.toString(), "--period", "2026-10", "--party", "RO",
                "--quickfreeze.monthly-max-listed-rows=5000");
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        monthAgo = new Quickfreeze(home.resolve("month-ago"));
        outcome = monthAgo.run("run", "--input", exports.toString(), "--period", "2026-09", "--party", "RO");
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static List<CSVRecord> findings(Quickfreeze run, String day) throws IOException {
        try (Reader reader = Files.newBufferedReader(run.out().resolve("findings-" + day + ".csv"))) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }

    private static Map<String, Long> stateCounts(List<CSVRecord> findings) {
        Map<String, Long> counts = new HashMap<>();
        findings.forEach(f -> counts.merge(f.get("state"), 1L, Long::sum));
        return counts;
    }

    @Test
    void atAGlanceCountsAreTheAuditsAsOfDAndAsOfTheMonthBefore() throws IOException {
        Map<String, Long> asOfD = stateCounts(findings(now, "2026-10-31"));
        Map<String, Long> asOfDPrime = stateCounts(findings(monthAgo, "2026-09-30"));
        String text = text(now.out().resolve("monthly-2026-10-31.pdf"));

        Messages english = MessageBundles.english();
        for (StateName state : StateName.ALL) {
            StateName s = state;
            String name = english.text(s.nameKey());
            long today = asOfD.getOrDefault(s.code(), 0L);
            long before = asOfDPrime.getOrDefault(s.code(), 0L);
            Matcher row = Pattern.compile("\\n" + Pattern.quote(name) + " ([\\d,]+) ([\\d,]+) ([+−]?[\\d,]+)\\n")
                .matcher(text);
            assertThat(row.find()).as(name).isTrue();
            assertThat(Long.parseLong(row.group(1).replace(",", ""))).as(name + " as of D").isEqualTo(today);
            assertThat(Long.parseLong(row.group(2).replace(",", ""))).as(name + " a month ago").isEqualTo(before);
            assertThat(row.group(3).replace("−", "-").replace("+", "").replace(",", ""))
                .isEqualTo(String.valueOf(today - before));
        }
        assertThat(asOfD.get("OVERDUE")).isPositive();
        assertThat(asOfDPrime.get("LAPSED")).isPositive();
    }

    @Test
    void everyPreservationToActOnIsListedWholeInItsSectionAndOldLapsesAreNot() throws IOException {
        String text = text(now.out().resolve("monthly-2026-10-31.pdf"));
        int overdue = text.indexOf("2. Overdue");
        int dueSoon = text.indexOf("3. Due soon");
        int extended = text.indexOf("4. Extended");
        int lapsed = text.indexOf("5. Lapsed in the period");
        int before = text.indexOf("6. Lapsed before the period");
        assertThat(List.of(overdue, dueSoon, extended, lapsed, before)).isSorted().doesNotContain(-1);

        int listedLapses = 0;
        int oldLapses = 0;
        for (CSVRecord f : findings(now, "2026-10-31")) {
            String id = f.get("request_id");
            switch (f.get("state")) {
                case "OVERDUE" -> assertThat(text.substring(overdue, dueSoon)).as(id).containsPattern(whole(id));
                case "DUE_SOON" -> assertThat(text.substring(dueSoon, extended)).as(id).containsPattern(whole(id));
                case "EXTENDED" -> assertThat(text.substring(extended, lapsed)).as(id).containsPattern(whole(id));
                case "LAPSED" -> {
                    LocalDate ended = LocalDate.parse(f.get("start_on")).plusDays(90);
                    if (ended.getMonthValue() == 10 && ended.getYear() == 2026) {
                        assertThat(text.substring(lapsed, before)).as(id).containsPattern(whole(id));
                        listedLapses++;
                    }
                    // the generator extends a preservation by 90 days: ended before the
                    // period even if extended
                    else if (ended.plusDays(90).isBefore(D.withDayOfMonth(1))) {
                        assertThat(text).as(id).doesNotContainPattern(whole(id));
                        oldLapses++;
                    }
                }
                default -> {
                }
            }
        }
        assertThat(listedLapses).isPositive();
        assertThat(oldLapses).isPositive();
    }

    @Test
    void pdftotextFindsEveryListedIdWhole() throws IOException, InterruptedException {
        Assumptions.assumeTrue(onPath("pdftotext"), "pdftotext (Debian's poppler-utils) is not installed");
        Path text = home.resolve("monthly.txt");
        Process pdftotext = new ProcessBuilder("pdftotext", now.out().resolve("monthly-2026-10-31.pdf").toString(),
                text.toString())
            .redirectErrorStream(true)
            .start();
        assertThat(pdftotext.waitFor()).isZero();
        String content = Files.readString(text);

        long listed = 0;
        for (CSVRecord f : findings(now, "2026-10-31")) {
            if (List.of("OVERDUE", "DUE_SOON", "EXTENDED").contains(f.get("state"))) {
                assertThat(content).as(f.get("request_id")).containsPattern(whole(f.get("request_id")));
                listed++;
            }
        }
        assertThat(listed).isGreaterThan(50);
    }

    private static boolean onPath(String command) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, command))) {
                return true;
            }
        }
        return false;
    }

    /** An id as a word of its own: not broken, and not the start of a longer id. */
    private static Pattern whole(String id) {
        return Pattern.compile("(^|\\s)" + Pattern.quote(id) + "(\\s|$)");
    }

    @Test
    void committeeReportNamesThePeriodsDeadlinesAndTheTimeToFollowUpAndNoCase() throws IOException {
        String text = text(now.out().resolve("committee-2026-10.pdf")).replaceAll("\\s+", " ");
        try (InputStream in = Files.newInputStream(now.out().resolve("compliance-2026-10-31.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row period = workbook.getSheet("Period").getRow(1);
            assertThat(period.getCell(0).getStringCellValue()).isEqualTo("all");
            long due60 = (long) period.getCell(4).getNumericCellValue();
            long met60 = (long) period.getCell(5).getNumericCellValue();
            String rate = String.format(java.util.Locale.ROOT, "%.1f", period.getCell(6).getNumericCellValue() * 100);
            assertThat(text).contains("60-day deadlines that fell in the period " + due60);
            assertThat(text).contains("… met: MLA request within 60 days " + met60 + " (" + rate + " %)");
            Sheet followUp = workbook.getSheet("Follow-up");
            assertThat(followUp.getRow(0).getCell(19).getStringCellValue()).isEqualTo("km_median");
            int median = (int) followUp.getRow(1).getCell(19).getNumericCellValue();
            assertThat(text).contains("Half of the preservations are followed up by an MLA request by day " + median);
        }
        for (CSVRecord f : findings(now, "2026-10-31")) {
            assertThat(text).doesNotContain(f.get("request_id"));
        }
    }

}
