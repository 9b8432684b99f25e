package org.quickfreeze.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.PostgresServer;
import org.quickfreeze.testsupport.Quickfreeze;
import org.quickfreeze.testsupport.UninterruptedRun;

/**
 * The outputs cannot be written at the end of a run: the disk fills up, the output folder
 * goes away, a report template fails. Each time the run fails with one sentence naming
 * the output, leaves none of its outputs under a final name (nor a draft), and once the
 * cause is gone {@code run --restart} writes what an uninterrupted run writes.
 */
class OutputFaultsTest {

    private static final List<String> OUTPUTS = List.of("findings-2026-10-31.csv", "rejects-2026-10-31.csv",
            "compliance-2026-10-31.xlsx", "monthly-2026-10-31.pdf", "committee-2026-10.pdf");

    @TempDir
    static Path shared;

    static UninterruptedRun uninterrupted;

    @TempDir
    Path home;

    @BeforeAll
    static void runWithoutFaults() throws IOException {
        uninterrupted = UninterruptedRun.of(shared, 23, 30_000);
    }

    @Test
    void diskFillingUpWhileTheReportsAreWrittenFailsTheRunAndARestartWritesThemAll() throws Exception {
        Quickfreeze quickfreeze = new Quickfreeze(home);
        try (PostgresServer postgres = new PostgresServer()) {
            List<String> database = PostgresServer.springArguments(postgres.newDatabase());
            // the log of earlier runs has filled what is left, as it would on a full disk
            Path log = Files.createDirectories(home.resolve("logs")).resolve("quickfreeze.log");
            Files.writeString(log, "an earlier run\n".repeat(256 * 1024 / 15 + 1));
            // 256 KB: the CSV outputs fit, the workbook and the PDFs do not
            var failed = quickfreeze
                .outcome(quickfreeze.startWithFileSizeLimit(256, arguments(database, uninterrupted.command())));

            assertThat(failed.stderr().lines().findFirst()).as(failed.stderr())
                .hasValue("quickfreeze: the log is not being written (IO failure while writing to file [" + log
                        + "]: File too large); the run goes on");
            assertFailedInOneSentence(failed, "could not be written in " + quickfreeze.out() + " (File too large)");
            UninterruptedRun.assertNoOutputIn(quickfreeze.out());

            var restarted = quickfreeze.run(arguments(database, "run", "--restart"));

            assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
        }
        assertSameOutputsAsUninterrupted(quickfreeze.out());
    }

    @Test
    void outputFolderReplacedByAFileDuringTheRunFailsTheRunAndARestartWritesThemAll() throws Exception {
        Quickfreeze quickfreeze = new Quickfreeze(home);
        CompletableFuture<Quickfreeze.Outcome> going = CompletableFuture
            .supplyAsync(() -> quickfreeze.run(uninterrupted.command()));
        quickfreeze.awaitLog("step inspect completed", Duration.ofSeconds(60));
        // the run made the folder when it began; permissions would not stop a root
        // process, a file in its place does
        Files.delete(quickfreeze.out());
        Files.writeString(quickfreeze.out(), "not a folder");
        var failed = going.get(120, TimeUnit.SECONDS);

        assertFailedInOneSentence(failed,
                "the output folder " + quickfreeze.out() + " cannot be written (a file of that name is in the way)");

        Files.delete(quickfreeze.out());
        var restarted = quickfreeze.run("run", "--restart");

        assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
        assertSameOutputsAsUninterrupted(quickfreeze.out());
    }

    @Test
    void workbookTemporaryFolderThatCannotBeUsedIsNamedInTheFailureAndARestartWritesThemAll() throws Exception {
        Quickfreeze quickfreeze = new Quickfreeze(home);
        Path notAFolder = Files.writeString(home.resolve("tmp"), "a file where the temporary folder should be");

        var failed = quickfreeze.outcome(
                quickfreeze.startWithJavaOptions(List.of("-Djava.io.tmpdir=" + notAFolder), uninterrupted.command()));

        assertFailedInOneSentence(failed,
                "compliance-2026-10-31.xlsx could not be written: its temporary files in " + notAFolder
                        + " could not be written (a file of that name is in the way;"
                        + " the Java option -Djava.io.tmpdir=<folder> puts them elsewhere)");
        UninterruptedRun.assertNoOutputIn(quickfreeze.out());

        var restarted = quickfreeze.run("run", "--restart");

        assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
        assertSameOutputsAsUninterrupted(quickfreeze.out());
    }

    @Test
    void committeeTemplateFailingToFillFailsTheRunAndARestartWithTheRightTemplateWritesThemAll() throws Exception {
        Quickfreeze quickfreeze = new Quickfreeze(home);
        Path templates = brokenCommitteeTemplate(home.resolve("templates"));

        var failed = quickfreeze.outcome(quickfreeze.startWithResourcesFrom(templates, uninterrupted.command()));

        assertFailedInOneSentence(failed, "committee-2026-10.pdf could not be written in " + quickfreeze.out()
                + " (the PDF Follow-up of expedited preservation requests");
        assertThat(failed.stderr()).contains("substring(1000)");
        UninterruptedRun.assertNoOutputIn(quickfreeze.out());

        var restarted = quickfreeze.run("run", "--restart");

        assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
        assertSameOutputsAsUninterrupted(quickfreeze.out());
    }

    /**
     * The committee template with its title's expression failing at fill time, as a
     * mistaken edit would.
     */
    private static Path brokenCommitteeTemplate(Path folder) throws IOException {
        String template;
        try (InputStream in = OutputFaultsTest.class
            .getResourceAsStream("/org/quickfreeze/report/pdf/committee.jrxml")) {
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String title = "<expression><![CDATA[$R{committee.title}]]></expression>";
        assertThat(template).contains(title);
        Path copy = folder.resolve("org/quickfreeze/report/pdf/committee.jrxml");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy,
                template.replace(title, "<expression><![CDATA[$R{committee.title}.substring(1000)]]></expression>"));
        return folder;
    }

    private static String[] arguments(List<String> database, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(database);
        return args.toArray(String[]::new);
    }

    private static void assertFailedInOneSentence(Quickfreeze.Outcome failed, String reason) {
        assertThat(failed.exitCode()).as(failed.stderr()).isEqualTo(1);
        List<String> lines = failed.stderr()
            .strip()
            .lines()
            .filter(line -> !line.startsWith("quickfreeze: the log is not being written"))
            .toList();
        assertThat(lines).as(failed.stderr()).hasSize(2);
        assertThat(lines.get(0)).startsWith("quickfreeze: run ")
            .contains(" failed: ")
            .contains(reason)
            .endsWith("so no output of this run was put in place");
        assertThat(lines.get(1)).isEqualTo("Once the cause is fixed, 'run --restart' goes on from where it stopped.");
        assertThat(failed.stderr()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    private static void assertSameOutputsAsUninterrupted(Path out) throws IOException {
        Path reference = uninterrupted.out();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(OUTPUTS);
        }
        uninterrupted.assertSameCsvOutputsIn(out);
        assertThat(cells(out.resolve(OUTPUTS.get(2)))).isEqualTo(cells(reference.resolve(OUTPUTS.get(2))));
        for (String pdf : OUTPUTS.subList(3, 5)) {
            assertThat(text(out.resolve(pdf))).as(pdf).isEqualTo(text(reference.resolve(pdf)));
        }
    }

    /**
     * Every cell of every sheet as text, but for the times the files were loaded and the
     * workbook made.
     */
    private static List<String> cells(Path workbook) throws IOException {
        List<String> rows = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        cells.add(formatter.formatCellValue(cell)
                            .replaceAll("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$", "(time)"));
                    }
                    if (!cells.isEmpty() && !cells.get(0).equals("generated at")) {
                        rows.add(sheet.getSheetName() + ": " + String.join(" | ", cells));
                    }
                }
            }
        }
        catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
            throw new IOException(ex);
        }
        return rows;
    }

    /** The text of a PDF, but for the line saying when it was made. */
    private static List<String> text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).lines().filter(l -> !l.contains(" generated ")).toList();
        }
    }

}
