package org.quickfreeze.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Fixtures;
import org.quickfreeze.testsupport.Quickfreeze;

/** A run is identified by its inputs, day, period and mode. */
class RunIdentityTest {

    private static final Path FIXTURE = Fixtures.small();

    @TempDir
    Path home;

    @Test
    void completedRunIsNotRunAgainUnlessForced() throws IOException {
        Quickfreeze q = new Quickfreeze(home);
        Path inputs = Quickfreeze.exports(home.resolve("in"), FIXTURE.resolve("cp-police.csv"));

        assertThat(q.run("run", "--input", inputs.toString(), "--period", "2026-10").exitCode()).isZero();
        var again = q.run("run", "--input", inputs.toString(), "--period", "2026-10");
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.stderr())
            .contains("this run (as of 2026-10-31, period 2026-10, the same input files) " + "already completed")
            .contains("give --force to run it again");

        var forced = q.run("run", "--input", inputs.toString(), "--period", "2026-10", "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(q.run("run", "--input", inputs.toString(), "--as-of", "2026-10-30").exitCode())
            .as("another day is another run")
            .isZero();
    }

    @Test
    void newExportInTheFolderMakesANewRun() throws IOException {
        Quickfreeze q = new Quickfreeze(home);
        Path inputs = Quickfreeze.exports(home.resolve("in"), FIXTURE.resolve("cp-police.csv"));
        q.run("run", "--input", inputs.toString(), "--period", "2026-10");

        Files.copy(FIXTURE.resolve("moj.csv"), inputs.resolve("moj.csv"));

        assertThat(q.run("run", "--input", inputs.toString(), "--period", "2026-10").exitCode()).isZero();
    }

    @Test
    void historyListsThePastRuns() throws IOException {
        Quickfreeze q = new Quickfreeze(home);
        Path inputs = Quickfreeze.exports(home.resolve("in"), FIXTURE.resolve("cp-police.csv"));
        q.run("run", "--input", inputs.toString(), "--period", "2026-10");
        q.run("run", "--input", inputs.toString(), "--period", "2026-09");

        var history = q.run("history");

        assertThat(history.exitCode()).isZero();
        assertThat(history.stdout().lines()).hasSize(3);
        assertThat(history.stdout().lines().skip(1))
            .anySatisfy(l -> assertThat(l).contains("2026-10-31", "2026-10 ", "COMPLIANCE", "COMPLETED", " 14"))
            .anySatisfy(l -> assertThat(l).contains("2026-09-30", "2026-09 ", "COMPLETED"));
    }

    @Test
    void dryRunValidatesTheInputsAndStoresNothing() throws IOException {
        Quickfreeze q = new Quickfreeze(home);
        Path inputs = Quickfreeze.exports(home.resolve("in"), FIXTURE.resolve("cp-police.csv"),
                FIXTURE.resolve("moj.csv"));

        var dry = q.run("run", "--input", inputs.toString(), "--period", "2026-10", "--dry-run");

        assertThat(dry.exitCode()).isZero();
        assertThat(dry.stdout())
            .containsPattern("cp-police.csv\\s+14\\s+11\\s+2\\s+1\\s+\\{BAD_DATE=1, DUPLICATE_ID=1\\}");
        assertThat(dry.stdout()).containsPattern("moj.csv\\s+7\\s+6\\s+1\\s+0");
        assertThat(dry.stdout()).contains("nothing was stored and no report was written");
        try (var files = Files.list(q.out())) {
            assertThat(files).isEmpty();
        }
        assertThat(q.run("history").stdout().lines()).hasSize(1);
    }

    @Test
    void dryRunCountsWhatTheRunWouldLoad() throws IOException {
        Path inputs = Files.createDirectories(home.resolve("in"));
        String header = "request_id,register,direction,request_type,counterpart,requested_on,status\n";
        String rows = "P1,CP,SENT,PRESERVATION,DE,2026-09-10,OPEN\nP2,CP,SENT,PRESERVATION,DE,2026-09-10,OPEN,extra\n";
        Files.writeString(inputs.resolve("no-party.csv"), header + rows);

        var withoutParty = new Quickfreeze(home).run("run", "--input", inputs.toString(), "--dry-run");
        var withParty = new Quickfreeze(home).run("run", "--input", inputs.toString(), "--party", "RO", "--dry-run");
        var run = new Quickfreeze(home).run("run", "--input", inputs.toString(), "--party", "RO", "--period",
                "2026-10");

        assertThat(withoutParty.exitCode()).isEqualTo(3);
        assertThat(withoutParty.stdout()).contains("no-party.csv").contains("UNUSABLE: the file has no party column");
        assertThat(withParty.stdout()).containsPattern("no-party.csv\\s+2\\s+1\\s+1\\s+0\\s+\\{MALFORMED_ROW=1\\}");
        assertThat(run.stdout()).containsPattern("no-party.csv\\s+2\\s+1\\s+1\\s+0\\s+LOADED");
    }

    @Test
    void unwritableOutputFolderFailsBeforeAnythingRuns() throws IOException {
        Quickfreeze q = new Quickfreeze(home);
        Path inputs = Quickfreeze.exports(home.resolve("in"), FIXTURE.resolve("cp-police.csv"));
        Path file = Files.writeString(home.resolve("not-a-folder"), "x");

        var outcome = q.run("run", "--input", inputs.toString(), "--out", file.resolve("out").toString());

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.stderr()).startsWith("quickfreeze: the output folder").contains("cannot be created");
    }

    @Test
    void badCronExpressionIsOneClearSentenceAndStopsTheStartAsABadSettingDoes() {
        var outcome = new Quickfreeze(home).run("schedule", "--quickfreeze.schedule.monthly=0 0 6 1 * * *");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.stderr()).contains("quickfreeze.schedule.monthly '0 0 6 1 * * *' is not a cron expression");
        assertThat(outcome.stderr().lines()).hasSize(1);
    }

}
