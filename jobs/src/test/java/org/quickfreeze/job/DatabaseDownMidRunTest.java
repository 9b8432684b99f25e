package org.quickfreeze.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
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

    /** The uninterrupted run's command against a PostgreSQL database, started in the background. */
    private static CompletableFuture<Quickfreeze.Outcome> inTheBackground(Quickfreeze quickfreeze, String url,
            UninterruptedRun uninterrupted) {
        String[] run = arguments(url, uninterrupted.command());
        return CompletableFuture.supplyAsync(() -> quickfreeze.run(run));
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
            CompletableFuture<Quickfreeze.Outcome> going = inTheBackground(interrupted, url, uninterrupted);
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

    @Test
    void embeddedDatabaseOnAFullDiskFailsTheRunInOneSentenceAndARestartLoadsEverything() throws Exception {
        UninterruptedRun uninterrupted = UninterruptedRun.of(home, 29, 30_000);
        Quickfreeze interrupted = new Quickfreeze(home.resolve("interrupted"));

        // 1 MB: the H2 file holds its schema, not 30,000 requests
        var failed = interrupted.outcome(interrupted.startWithFileSizeLimit(1024, uninterrupted.command()));

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
    void restartAfterTheStoreLostRowsItHadCountedReadsThatFileAgain() throws Exception {
        UninterruptedRun uninterrupted = UninterruptedRun.of(home, 17, 150_000);
        Path data = home.resolve("pgdata");
        int port = freePort();
        Quickfreeze interrupted = new Quickfreeze(home.resolve("interrupted"));
        String url;
        try (PostgresServer postgres = new PostgresServer(data, port)) {
            url = postgres.newDatabase();
            CompletableFuture<Quickfreeze.Outcome> going = inTheBackground(interrupted, url, uninterrupted);
            awaitStoredRows(url, 2_000, Duration.ofSeconds(60));
            postgres.close();
            assertThat(going.get(120, TimeUnit.SECONDS).exitCode()).isEqualTo(1);
        }

        try (PostgresServer again = new PostgresServer(data, port)) {
            // what a database that failed in the middle of a write can come back as: rows it had acknowledged, and
            // that were counted, are not there
            try (Connection store = DriverManager.getConnection(url, "postgres", "");
                    Statement statement = store.createStatement()) {
                assertThat(statement.executeUpdate("DELETE FROM case_request WHERE (source_file_id, source_line) IN "
                        + "(SELECT source_file_id, source_line FROM case_request ORDER BY source_file_id DESC, "
                        + "source_line DESC FETCH FIRST 22 ROWS ONLY)")).isEqualTo(22);
            }

            var restarted = interrupted.run(arguments(url, "run", "--restart"));

            assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
        }
        assertThat(home.resolve("interrupted/logs/quickfreeze.log")).content()
            .contains("the store does not hold every row counted from it before the run stopped");
        uninterrupted.assertSameCsvOutputsIn(interrupted.out());
    }

    /** Waits until the run has committed at least this many requests to the store. */
    private static void awaitStoredRows(String url, long rows, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            try (Connection store = DriverManager.getConnection(url, "postgres", "");
                    Statement statement = store.createStatement();
                    ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM case_request")) {
                count.next();
                if (count.getLong(1) >= rows) {
                    return;
                }
            }
            catch (SQLException ex) {
                // the run has not created its tables yet
            }
            assertThat(System.nanoTime()).as("the run stored " + rows + " requests within " + limit)
                .isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
