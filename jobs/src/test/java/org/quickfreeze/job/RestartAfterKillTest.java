package org.quickfreeze.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Quickfreeze;
import org.quickfreeze.testsupport.UninterruptedRun;

/**
 * A run killed with SIGKILL in the middle of its ingest, in a JVM of its own, restarts
 * from the last committed chunk and ends with the outputs of a run that was never
 * interrupted: nothing lost, nothing doubled.
 */
class RestartAfterKillTest {

    @TempDir
    Path home;

    @Test
    void killedRunRestartsToTheOutputsOfAnUninterruptedRun() throws Exception {
        UninterruptedRun uninterrupted = UninterruptedRun.of(home, 11, 150_000);

        Quickfreeze killed = new Quickfreeze(home.resolve("killed"));
        Process child = killed.start(uninterrupted.command());
        killed.awaitLog("step inspect completed", Duration.ofSeconds(60));
        Thread.sleep(1_500);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(killed.out().resolve("findings-2026-10-31.csv")).as("killed before its outputs").doesNotExist();
        assertThat(killed.run("history").stdout()).contains("STARTED");

        var restarted = killed.run("run", "--restart");

        assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
        uninterrupted.assertSameCsvOutputsIn(killed.out());
        assertThat(perFileCounts(restarted.stdout())).isEqualTo(perFileCounts(uninterrupted.summary()));
        assertThat(killed.run("history").stdout()).contains("FAILED").contains("COMPLETED");
    }

    private static List<String> perFileCounts(String summary) {
        return summary.lines().filter(l -> l.matches("^(cp|moj)-.*\\.csv\\s.*")).toList();
    }

}
