package org.quickfreeze.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quickfreeze.testsupport.Fixtures;

/**
 * The sample registers of {@code input-samples/} saved by LibreOffice Calc as
 * {@code .xlsx}, {@code .xls} and {@code .ods} (committed in
 * {@code workbooks/libreoffice/}, made again here where {@code soffice} is installed):
 * each reads equal to its CSV, line for line, loaded requests and rejects alike. The
 * lines the CSV reader rejects as malformed (an unterminated quote) are the exception:
 * Calc resolved them its own way when it imported the CSV, and the workbook holds what it
 * made of them.
 */
class WorkbooksSavedByLibreOfficeTest {

    private static final Path SAVED = Fixtures.onClassPath("workbooks/libreoffice");

    private final SheetOutcomes outcomes = new SheetOutcomes(SAVED.resolve("registers"));

    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}.{1}")
    @CsvSource({ "cp-police, xlsx", "cp-police, xls", "cp-police, ods", "moj-mla-register, xlsx",
            "moj-mla-register, xls", "moj-mla-register, ods", "parchet-ordine-europene-2026, xlsx",
            "parchet-ordine-europene-2026, xls", "parchet-ordine-europene-2026, ods", "CP-PROSECUTION, xlsx",
            "CP-PROSECUTION, xls", "CP-PROSECUTION, ods" })
    void sampleRegisterSavedByCalcReadsAsItsCsv(String register, String format) throws Exception {
        assertReadAsCsv(Fixtures.samples().resolve(register + ".csv"), SAVED.resolve(register + "." + format));
    }

    @Test
    void messyRegisterSavedByCalcKeepsItsRejects() throws Exception {
        List<SheetOutcomes.Outcome> read = outcomes.of(SAVED.resolve("CP-PROSECUTION.xls"));
        assertThat(read).hasSize(104);
        assertThat(read.stream().filter(o -> o.what().equals("empty")).count()).isEqualTo(2);
        assertThat(read.stream().filter(o -> o.what().startsWith("rejected")).map(SheetOutcomes.Outcome::what))
            .contains("rejected MISSING_FIELD", "rejected BAD_CODE", "rejected BAD_COUNTRY", "rejected BAD_DATE",
                    "rejected DATE_ORDER", "rejected SAME_PARTY", "rejected DUPLICATE_ID");
    }

    @Test
    void calcSavesTheSamplesAgainAndTheyStillReadAsTheirCsv() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/soffice")), "LibreOffice is not installed");
        for (String format : List.of("xlsx", "xls", "ods")) {
            for (String register : List.of("cp-police", "CP-PROSECUTION")) {
                String separator = register.equals("CP-PROSECUTION") ? "59" : "44";
                // language 1048 (Romanian): the prosecution's dates are day first
                Process soffice = new ProcessBuilder("/usr/bin/soffice",
                        "-env:UserInstallation=file://" + home.resolve("lo-profile"), "--headless",
                        "--infilter=CSV:" + separator + ",34,76,1,,1048", "--convert-to", format, "--outdir",
                        home.resolve("saved").toString(), Fixtures.samples().resolve(register + ".csv").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("soffice.log").toFile())
                    .start();
                assertThat(soffice.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
                assertThat(soffice.exitValue()).as(Files.readString(home.resolve("soffice.log"))).isZero();
                assertReadAsCsv(Fixtures.samples().resolve(register + ".csv"),
                        home.resolve("saved").resolve(register + "." + format));
            }
        }
    }

    private void assertReadAsCsv(Path csv, Path workbook) throws Exception {
        List<SheetOutcomes.Outcome> fromCsv = outcomes.of(csv);
        Set<Long> malformed = fromCsv.stream()
            .filter(o -> o.what().equals("rejected MALFORMED_ROW"))
            .map(SheetOutcomes.Outcome::line)
            .collect(Collectors.toSet());
        List<SheetOutcomes.Outcome> fromWorkbook = outcomes.of(workbook);
        assertThat(fromWorkbook).hasSameSizeAs(fromCsv);
        assertThat(fromWorkbook.stream().filter(o -> !malformed.contains(o.line())).toList())
            .containsExactlyElementsOf(fromCsv.stream().filter(o -> !malformed.contains(o.line())).toList());
    }

}
