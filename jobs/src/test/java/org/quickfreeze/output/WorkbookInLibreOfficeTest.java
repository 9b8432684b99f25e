package org.quickfreeze.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Fixtures;
import org.quickfreeze.testsupport.Quickfreeze;

/**
 * Opens the sample run's workbook in a second implementation, LibreOffice, and exports
 * every sheet as CSV: the workbook must open cleanly and hold the same figures there.
 * Runs where LibreOffice is installed ({@code .ci/run} installs Debian's
 * libreoffice-calc-nogui when it can).
 */
@EnabledIf("libreOfficeInstalled")
class WorkbookInLibreOfficeTest {

    @TempDir
    Path home;

    static boolean libreOfficeInstalled() {
        return Files.isExecutable(Path.of("/usr/bin/soffice"));
    }

    @Test
    void everySheetOpensInLibreOfficeWithTheSameFigures() throws Exception {
        Quickfreeze quickfreeze = new Quickfreeze(home);
        quickfreeze.run("run", "--input", Fixtures.samples().toString(), "--period", "2026-10");
        Path workbook = quickfreeze.out().resolve("compliance-2026-10-31.xlsx");
        Path converted = Files.createDirectories(home.resolve("libreoffice"));

        Process soffice = new ProcessBuilder("/usr/bin/soffice",
                "-env:UserInstallation=file://" + home.resolve("lo-profile"), "--headless", "--convert-to",
                "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir",
                converted.toString(), workbook.toString())
            .redirectErrorStream(true)
            .redirectOutput(home.resolve("soffice.log").toFile())
            .start();
        assertThat(soffice.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        assertThat(soffice.exitValue()).as(Files.readString(home.resolve("soffice.log"))).isZero();

        for (String sheet : List.of("Summary", "Flags", "Due soon", "Follow-up", "Period", "Time to follow-up",
                "Durations", "Volumes", "Backlog", "Data quality")) {
            assertThat(converted.resolve("compliance-2026-10-31-" + sheet + ".csv")).as(sheet).isNotEmptyFile();
        }
        List<CSVRecord> followUp = Quickfreeze.csv(converted.resolve("compliance-2026-10-31-Follow-up.csv"));
        assertThat(followUp.get(1).toList()).startsWith("all", "all", "295", "175", "90", "11", "262", "46.9%", "247",
                "59.1%");
        List<CSVRecord> flags = Quickfreeze.csv(converted.resolve("compliance-2026-10-31-Flags.csv"));
        assertThat(flags).hasSize(1 + 90);
        assertThat(flags.get(1).get(6)).isEqualTo("2024-11-22");
        List<CSVRecord> period = Quickfreeze.csv(converted.resolve("compliance-2026-10-31-Period.csv"));
        assertThat(period.get(1).toList()).startsWith("all", "all", "18", "8", "18", "6", "33.3%", "22", "7", "31.8%");
        List<CSVRecord> curve = Quickfreeze.csv(converted.resolve("compliance-2026-10-31-Time to follow-up.csv"));
        assertThat(curve).hasSize(1 + 181);
        assertThat(curve.get(61).toList()).startsWith("60");
    }

}
