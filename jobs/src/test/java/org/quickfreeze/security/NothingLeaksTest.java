package org.quickfreeze.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Fixtures;
import org.quickfreeze.testsupport.Quickfreeze;

/**
 * What leaves the building carries no case-level data: the committee PDF (text and
 * metadata) and the workbook's aggregate sheets hold no request id, case reference,
 * offence or free-text cell of the inputs, and the log holds no row.
 */
class NothingLeaksTest {

    private static final List<String> CASE_COLUMNS = List.of("request_id", "follows_up", "case_reference", "offence",
            "officer_notes");

    private static final List<String> AGGREGATE_SHEETS = List.of("Summary", "Follow-up", "Period", "Time to follow-up",
            "Durations", "Volumes", "Backlog");

    @TempDir
    static Path home;

    static Quickfreeze quickfreeze;

    static Set<String> secrets;

    @BeforeAll
    static void runTheSamples() throws IOException {
        quickfreeze = new Quickfreeze(home);
        var outcome = quickfreeze.run("run", "--input", Fixtures.samples().toString(), "--period", "2026-10", "--party",
                "RO");
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        secrets = new HashSet<>();
        for (String sample : List.of("cp-police.csv", "CP-PROSECUTION.csv", "moj-mla-register.csv")) {
            secrets.addAll(caseCells(Fixtures.samples().resolve(sample)));
        }
        assertThat(secrets).hasSizeGreaterThan(500);
    }

    /**
     * The cells of the case-level columns, long enough not to occur by chance (a 2-letter
     * code would).
     */
    private static Set<String> caseCells(Path file) throws IOException {
        String content = Files.readString(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        char delimiter = content.lines().findFirst().orElseThrow().contains(";") ? ';' : ',';
        Set<String> cells = new HashSet<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        List<String> lines = content.lines().toList();
        List<String> header = parse(lines.get(0), format).stream()
            .map(h -> h.strip().toLowerCase(Locale.ROOT).replace(' ', '_'))
            .toList();
        // line by line: the messy sample holds lines that are not CSV on purpose
        for (String line : lines.subList(1, lines.size())) {
            List<String> record = parse(line, format);
            for (String column : CASE_COLUMNS) {
                int index = header.indexOf(column);
                if (index >= 0 && index < record.size() && record.get(index).strip().length() >= 5) {
                    cells.add(record.get(index).strip());
                }
            }
        }
        return cells;
    }

    private static List<String> parse(String line, CSVFormat format) {
        try (CSVParser parser = CSVParser.parse(line, format)) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        }
        catch (IOException | UncheckedIOException ex) {
            return List.of(line.split(String.valueOf(format.getDelimiterString()), -1));
        }
    }

    @Test
    void committeePdfTextAndMetadataHoldNoCaseData() throws IOException {
        try (PDDocument document = Loader.loadPDF(quickfreeze.out().resolve("committee-2026-10.pdf").toFile())) {
            String text = new PDFTextStripper().getText(document);
            PDDocumentInformation info = document.getDocumentInformation();
            String metadata = String.join("|", String.valueOf(info.getTitle()), String.valueOf(info.getSubject()),
                    String.valueOf(info.getKeywords()), String.valueOf(info.getAuthor()),
                    String.valueOf(info.getCreator()), String.valueOf(info.getProducer()));
            for (String secret : secrets) {
                assertThat(text).as("committee PDF text").doesNotContain(secret);
                assertThat(metadata).as("committee PDF metadata").doesNotContain(secret);
            }
        }
    }

    @Test
    void aggregateSheetsOfTheWorkbookHoldNoCaseData() throws IOException {
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(quickfreeze.out().resolve("compliance-2026-10-31.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (String sheet : AGGREGATE_SHEETS) {
                StringBuilder text = new StringBuilder();
                for (Row row : workbook.getSheet(sheet)) {
                    for (Cell cell : row) {
                        text.append(format.formatCellValue(cell)).append('\n');
                    }
                }
                assertThat(text).as(sheet).isNotEmpty();
                for (String secret : secrets) {
                    assertThat(text.toString()).as(sheet).doesNotContain(secret);
                }
            }
            // the case-level sheets do hold them: the check above can find what it looks
            // for
            StringBuilder flags = new StringBuilder();
            workbook.getSheet("Flags").forEach(row -> row.forEach(cell -> flags.append(format.formatCellValue(cell))));
            assertThat(secrets).anyMatch(secret -> flags.toString().contains(secret));
        }
    }

    @Test
    void theLogHoldsCountsNotRows() throws IOException {
        String log = Files.readString(home.resolve("logs/quickfreeze.log"), StandardCharsets.UTF_8);

        assertThat(log).contains("step ingest completed");
        for (String secret : secrets) {
            assertThat(log).as("log file").doesNotContain(secret);
        }
    }

}
