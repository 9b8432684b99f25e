package org.quickfreeze.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.Quickfreeze;
import org.quickfreeze.generate.ExportGenerator;

/**
 * A run killed with SIGKILL in the middle of its ingest, in a JVM of its own,
 * restarts from the last committed chunk and ends with the outputs of a run
 * that was never interrupted: nothing lost, nothing doubled.
 */
class RestartAfterKillTest {

    @TempDir
    Path home;

    @Test
    void killedRunRestartsToTheOutputsOfAnUninterruptedRun() throws Exception {
        Path inputs = home.resolve("in");
        new ExportGenerator(11, true).write(150_000, inputs);

        Quickfreeze uninterrupted = new Quickfreeze(home.resolve("uninterrupted"));
        var reference = uninterrupted.run("run", "--input", inputs.toString(), "--period", "2026-10");
        assertThat(reference.exitCode()).as(reference.stderr()).isZero();

        Quickfreeze killed = new Quickfreeze(home.resolve("killed"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.quickfreeze.QuickfreezeApplication", "run", "--input",
                inputs.toString(), "--period", "2026-10", "--out", killed.out().toString(),
                "--spring.datasource.url=" + killed.databaseUrl(),
                "--logging.file.name=" + home.resolve("killed/logs/quickfreeze.log"))
            .redirectErrorStream(true)
            .start();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.contains("step inspect completed")) {
                // wait until the ingest step has begun
            }
            assertThat(line).as("the child run reached the ingest step").isNotNull();
            Thread.sleep(1_500);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(killed.out().resolve("findings-2026-10-31.csv")).as("killed before its outputs").doesNotExist();
        assertThat(killed.run("history").stdout()).contains("STARTED");

        var restarted = killed.run("run", "--restart");

        assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
        for (String output : List.of("findings-2026-10-31.csv", "rejects-2026-10-31.csv")) {
            assertThat(Files.mismatch(killed.out().resolve(output), uninterrupted.out().resolve(output)))
                .as(output + " equals the uninterrupted run's").isEqualTo(-1L);
        }
        assertThat(perFileCounts(restarted.stdout())).isEqualTo(perFileCounts(reference.stdout()));
        assertThat(killed.run("history").stdout()).contains("FAILED").contains("COMPLETED");
    }

    private static List<String> perFileCounts(String summary) {
        return summary.lines().filter(l -> l.matches("^(cp|moj)-.*\\.csv\\s.*")).toList();
    }
}
