package org.quickfreeze.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Fixtures;
import org.quickfreeze.testsupport.Quickfreeze;

/**
 * The sample registers audited in English, in French and in the sample party's Romanian,
 * read back as their readers read them: the same figures in every language, the
 * Convention's French terms, a party's own file through {@code quickfreeze.messages}, one
 * output in another language, and what stays as it is (the CSV outputs).
 */
class ReportLanguagesTest {

    private static final char NARROW_NO_BREAK_SPACE = '\u202F';

    /** The repository's folder of added languages, with the Romanian example. */
    private static final Path SAMPLE_MESSAGES = Path.of("..", "config", "messages");

    /** A day, a month, or a number as English writes it. */
    private static final Pattern ENGLISH_NUMBER = Pattern
        .compile("\\d{4}-\\d{2}(-\\d{2})?|\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");

    /** A day, a month, or a number as French writes it. */
    private static final Pattern FRENCH_NUMBER = Pattern
        .compile("\\d{4}-\\d{2}(-\\d{2})?|\\d{1,3}(\u202F\\d{3})+(,\\d+)?|\\d+(,\\d+)?");

    @TempDir
    static Path home;

    static Quickfreeze english;

    static Quickfreeze french;

    @BeforeAll
    static void auditTheSamplesInEnglishAndInFrench() {
        english = new Quickfreeze(home.resolve("en"));
        var outcome = english.run("run", "--input", Fixtures.samples().toString(), "--period", "2026-10");
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        french = new Quickfreeze(home.resolve("fr"));
        outcome = french.run("run", "--input", Fixtures.samples().toString(), "--period", "2026-10", "--language",
                "fr");
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
    }

    @Test
    void frenchCommitteeReportHoldsTheFiguresOfTheEnglishOne() throws IOException {
        String en = figuresPart(text(english.out().resolve("committee-2026-10.pdf")), "7. Method");
        String fr = figuresPart(text(french.out().resolve("committee-2026-10.pdf")), "7. Méthode");
        List<BigDecimal> englishFigures = numbers(en, ENGLISH_NUMBER, ",", ".");
        List<BigDecimal> frenchFigures = numbers(fr, FRENCH_NUMBER, String.valueOf(NARROW_NO_BREAK_SPACE), ",");
        assertThat(englishFigures).hasSizeGreaterThan(150);
        assertThat(frenchFigures).containsExactlyInAnyOrderElementsOf(englishFigures);
    }

    @Test
    void frenchCommitteeReportSpeaksInTheTermsOfTheConvention() throws IOException {
        String fr = text(french.out().resolve("committee-2026-10.pdf")).replaceAll("\\s+", " ");
        assertThat(fr).contains("Suivi des demandes de conservation rapide",
                "Comité de la Convention sur la cybercriminalité (T-CY)",
                "conservation rapide de données informatiques stockées",
                "divulgation rapide de données relatives au trafic conservées", "demande d'entraide",
                "points de contact du réseau 24/7", "injonctions européennes de conservation et de production");
        assertThat(fr).contains("33,3" + NARROW_NO_BREAK_SPACE + "%", "Page 1 sur 5")
            .doesNotContain("Follow-up of", "Key figures", "Page 1 of");
    }

    @Test
    void theCsvOutputsStayAsTheyAreInEveryLanguage() throws IOException {
        for (String csv : List.of("findings-2026-10-31.csv", "rejects-2026-10-31.csv")) {
            assertThat(Files.readAllBytes(french.out().resolve(csv))).as(csv)
                .isEqualTo(Files.readAllBytes(english.out().resolve(csv)));
        }
    }

    @Test
    void frenchWorkbooksNameTheirSheetsInFrenchAndKeepTheirFiguresNumeric() throws IOException {
        try (Workbook fr = workbook(french.out().resolve("compliance-2026-10-31.xlsx"));
                Workbook en = workbook(english.out().resolve("compliance-2026-10-31.xlsx"))) {
            assertThat(fr.getSheetAt(0).getSheetName()).isEqualTo("Synthèse");
            assertThat(fr.getSheetAt(1).getSheetName()).isEqualTo("Signalements");
            for (int sheet = 0; sheet < en.getNumberOfSheets(); sheet++) {
                var enRows = en.getSheetAt(sheet);
                var frRows = fr.getSheetAt(sheet);
                assertThat(frRows.getLastRowNum()).isEqualTo(enRows.getLastRowNum());
                for (var row : enRows) {
                    for (var cell : row) {
                        var other = frRows.getRow(row.getRowNum()).getCell(cell.getColumnIndex());
                        assertThat(other.getCellType()).isEqualTo(cell.getCellType());
                        // the times of the run (generated at, loaded at) differ from run
                        // to run
                        boolean time = cell.getCellStyle().getDataFormatString().contains("h");
                        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && !time) {
                            assertThat(other.getNumericCellValue()).as(cell.getAddress().toString())
                                .isEqualTo(cell.getNumericCellValue());
                        }
                    }
                }
            }
        }
        try (Workbook eu = workbook(french.out().resolve("eu-statistics-2026-10.xlsx"))) {
            assertThat(eu.getSheetAt(1).getSheetName()).isEqualTo("Injonctions");
        }
    }

    @Test
    void aPartysOwnLanguageComesFromItsFileAndAKeyItLacksIsEnglishAndLoggedOnce() throws IOException {
        Path messages = home.resolve("messages");
        Files.createDirectories(messages);
        List<String> romanian = new ArrayList<>(
                Files.readAllLines(SAMPLE_MESSAGES.resolve("quickfreeze_ro.properties")));
        romanian.removeIf(line -> line.startsWith("monthly.states.heading="));
        Files.write(messages.resolve("quickfreeze_ro.properties"), romanian);
        Quickfreeze ro = new Quickfreeze(home.resolve("ro"));
        var outcome = ro.run("run", "--input", Fixtures.samples().toString(), "--period", "2026-10", "--language", "ro",
                "--quickfreeze.messages=" + messages);
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();

        String monthly = text(ro.out().resolve("monthly-2026-10-31.pdf"));
        assertThat(monthly).contains("De făcut luna aceasta", "1. Pe scurt: conservări pe stări la 2026-10-31",
                "Pagina 1 din 4", "8. The names of the states");
        String log = Files.readString(home.resolve("ro/logs/quickfreeze.log"));
        assertThat(log.split("which its file lacks", -1)).as("said once").hasSize(2);
        assertThat(log).contains("show 1 texts in English, which its file lacks: monthly.states.heading");
    }

    @Test
    void oneOutputInAnotherLanguageThanTheOthers() throws IOException {
        Quickfreeze mixed = new Quickfreeze(home.resolve("mixed"));
        var outcome = mixed.run("run", "--input", Fixtures.samples().toString(), "--period", "2026-10",
                "--quickfreeze.language=ro", "--quickfreeze.languages.committee=fr",
                "--quickfreeze.messages=" + SAMPLE_MESSAGES.toAbsolutePath());
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(text(mixed.out().resolve("monthly-2026-10-31.pdf"))).contains("De făcut luna aceasta");
        assertThat(text(mixed.out().resolve("committee-2026-10.pdf"))).contains("Suivi des demandes");
        try (Workbook workbook = workbook(mixed.out().resolve("compliance-2026-10-31.xlsx"))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Rezumat");
        }
    }

    @Test
    void aLanguageNoFileHasStopsTheRunBeforeItStartsInOneSentence() throws IOException {
        Quickfreeze run = new Quickfreeze(home.resolve("xx"));
        var outcome = run.run("run", "--input", Fixtures.samples().toString(), "--period", "2026-10", "--language",
                "de");
        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.stderr().strip()).isEqualTo("quickfreeze: cannot start: the language de has neither a "
                + "bundled file nor a file quickfreeze_de.properties in config/messages (quickfreeze.messages)");
        assertThat(run.out()).doesNotExist();
    }

    @Test
    void messagesEnPrintsEveryKeyOfTheEnglishBundleWithWhereItAppears() {
        var outcome = new Quickfreeze(home.resolve("messages-en")).run("messages", "en");
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        List<String> lines = outcome.stdout().lines().toList();
        List<String> keys = lines.stream().filter(l -> !l.startsWith("#") && l.contains("=")).toList();
        assertThat(keys).hasSizeGreaterThan(300)
            .contains("committee.title=Follow-up of expedited preservation requests");
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("#") && line.contains("=") && !lines.get(i - 1).startsWith("#")) {
                // a key in a group under one comment: the comment is above its first key
                assertThat(Stream.iterate(i - 1, j -> j - 1)
                    .limit(i)
                    .map(lines::get)
                    .takeWhile(l -> !l.isBlank())
                    .anyMatch(l -> l.startsWith("#"))).as(line).isTrue();
            }
        }
    }

    @Test
    void messagesOfALanguageMarkWhatIsNotTranslatedYet() throws IOException {
        Path messages = home.resolve("messages-de");
        Files.createDirectories(messages);
        Files.writeString(messages.resolve("quickfreeze_de.properties"), "pdf.none=Keine.\n");
        var outcome = new Quickfreeze(home.resolve("messages-out")).run("messages", "de",
                "--quickfreeze.messages=" + messages);
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(outcome.stdout()).contains("\npdf.none=Keine.\n",
                "# not translated yet: shown in English\nmonthly.title=What to do this month");
    }

    private static String figuresPart(String text, String methodHeading) {
        int first = text.indexOf("\n1. ");
        int method = text.indexOf(methodHeading);
        assertThat(first).isPositive();
        assertThat(method).isGreaterThan(first);
        return text.substring(first, method);
    }

    private static List<BigDecimal> numbers(String text, Pattern number, String grouping, String decimal) {
        List<BigDecimal> numbers = new ArrayList<>();
        Matcher m = number.matcher(text);
        while (m.find()) {
            String n = m.group();
            numbers.add(n.length() >= 7 && n.charAt(4) == '-' ? new BigDecimal(n.replace("-", ""))
                    : new BigDecimal(n.replace(grouping, "").replace(decimal, ".")));
        }
        return numbers;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static Workbook workbook(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx)) {
            return new XSSFWorkbook(in);
        }
    }

}
