package org.quickfreeze.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.PostgresServer;
import org.quickfreeze.Quickfreeze;

/**
 * The database goes away in the middle of a run, or its disk fills up: the run
 * fails with one sentence, leaves no report under a final name, and once the
 * database is back the restarted run writes what an uninterrupted run writes.
 */
class DatabaseDownMidRunTest {

    @TempDir
    Path home;

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String[] arguments(String url, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(PostgresServer.springArguments(url));
        args.add("--spring.datasource.hikari.connection-timeout=2000");
        return args.toArray(String[]::new);
    }

    @Test
    void runFailsInOneSentenceWhenTheDatabaseStopsAndRestartsToTheUninterruptedOutputs() throws Exception {
        UninterruptedRun uninterrupted = UninterruptedRun.of(home, 17, 150_000);

        Path data = home.resolve("pgdata");
        int port = freePort();
        Quickfreeze interrupted = new Quickfreeze(home.resolve("interrupted"));
        String url;
        Quickfreeze.Outcome failed;
        try (PostgresServer postgres = new PostgresServer(data, port)) {
            url = postgres.newDatabase();
            String[] run = arguments(url, uninterrupted.command());
            CompletableFuture<Quickfreeze.Outcome> going = CompletableFuture
                .supplyAsync(() -> interrupted.run(run));
            interrupted.awaitLog("step inspect completed", Duration.ofSeconds(60));
            Thread.sleep(1_000);
            postgres.close();
            failed = going.get(120, TimeUnit.SECONDS);
        }

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.stderr().strip().lines()).as(failed.stderr()).hasSize(1);
        assertThat(failed.stderr()).startsWith("quickfreeze: ").doesNotContain("\tat ").doesNotContain("Exception:");
        UninterruptedRun.assertNoOutputIn(interrupted.out());

        try (PostgresServer again = new PostgresServer(data, port)) {
            var restarted = interrupted.run(arguments(url, "run", "--restart"));

            assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
        }
        uninterrupted.assertSameCsvOutputsIn(interrupted.out());
    }

    /** The uninterrupted run's command in a process whose files may not grow beyond the limit: it fails loading. */
    private static Quickfreeze.Outcome runOnAFullDisk(Quickfreeze interrupted, UninterruptedRun uninterrupted,
            int kilobytes) throws IOException, InterruptedException {
        return interrupted.outcome(interrupted.startWithFileSizeLimit(kilobytes, uninterrupted.command()));
    }

    @Test
    void embeddedDatabaseOnAFullDiskFailsTheRunInOneSentenceAndARestartLoadsEverything() throws Exception {
        UninterruptedRun uninterrupted = UninterruptedRun.of(home, 29, 30_000);
        Quickfreeze interrupted = new Quickfreeze(home.resolve("interrupted"));

        // 1 MB: the H2 file holds its schema, not 30,000 requests
        var failed = runOnAFullDisk(interrupted, uninterrupted, 1024);

        assertThat(failed.exitCode()).as(failed.stderr()).isEqualTo(1);
        assertThat(failed.stderr().lines().findFirst()).as(failed.stderr())
            .hasValueSatisfying(line -> assertThat(line).startsWith("quickfreeze: ")
                .contains("the database cannot use its files: File too large"));
        assertThat(failed.stderr()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(interrupted.out().resolve("findings-2026-10-31.csv")).doesNotExist();

        var restarted = interrupted.run("run", "--restart");

        assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
        uninterrupted.assertSameCsvOutputsIn(interrupted.out());
    }

    @Test
    void restartAfterTheDatabaseCameBackWithoutRowsItHadAcknowledgedReadsThatFileAgain() throws Exception {
        UninterruptedRun uninterrupted = UninterruptedRun.of(home, 29, 30_000);
        Quickfreeze interrupted = new Quickfreeze(home.resolve("interrupted"));
        // 2 MB: room for the first few thousand requests before the disk is full
        var failed = runOnAFullDisk(interrupted, uninterrupted, 2048);
        assertThat(failed.exitCode()).as(failed.stderr()).isEqualTo(1);
        // what a database that failed in the middle of a write can come back as: the last rows it had acknowledged,
        // and counted, are not there
        try (Connection store = DriverManager.getConnection(interrupted.databaseUrl(), "sa", "");
                Statement statement = store.createStatement()) {
            int lost = statement.executeUpdate("DELETE FROM case_request WHERE (source_file_id, source_line) IN "
                    + "(SELECT source_file_id, source_line FROM case_request ORDER BY source_file_id DESC, "
                    + "source_line DESC FETCH FIRST 22 ROWS ONLY)");
            assertThat(lost).isEqualTo(22);
        }

        var restarted = interrupted.run("run", "--restart");

        assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
        assertThat(home.resolve("interrupted/logs/quickfreeze.log")).content()
            .contains("the store does not hold every row counted from it before the run stopped");
        uninterrupted.assertSameCsvOutputsIn(interrupted.out());
    }
}
