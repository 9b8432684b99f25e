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
import org.quickfreeze.testsupport.PostgresServer;
import org.quickfreeze.testsupport.Quickfreeze;
import org.quickfreeze.testsupport.UninterruptedRun;

/**
 * The database goes away in the middle of a run, or its disk fills up: the run fails with
 * one sentence, leaves no report under a final name, and once the database is back the
 * restarted run writes what an uninterrupted run writes.
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

    /**
     * The moment, in a run against the database at a URL, when the test stops the server.
     */
    @FunctionalInterface
    private interface Moment {

        void await(String url) throws Exception;

    }

    /**
     * What a run left when the PostgreSQL server stopped under it; the server's data stay
     * for a new start.
     */
    private record StoppedRun(String url, int port, Quickfreeze.Outcome outcome) {
    }

    private Path postgresData() {
        return home.resolve("pgdata");
    }

    /**
     * Runs the uninterrupted run's command against a new PostgreSQL database and stops
     * the server at the moment.
     */
    private StoppedRun stopPostgresDuring(Quickfreeze interrupted, UninterruptedRun uninterrupted, Moment moment)
            throws Exception {
        int port = freePort();
        try (PostgresServer postgres = new PostgresServer(postgresData(), port)) {
            String url = postgres.newDatabase();
            String[] run = arguments(url, uninterrupted.command());
            CompletableFuture<Quickfreeze.Outcome> going = CompletableFuture.supplyAsync(() -> interrupted.run(run));
            moment.await(url);
            postgres.close();
            return new StoppedRun(url, port, going.get(120, TimeUnit.SECONDS));
        }
    }

    @Test
    void runFailsInOneSentenceWhenTheDatabaseStopsAndRestartsToTheUninterruptedOutputs() throws Exception {
        UninterruptedRun uninterrupted = UninterruptedRun.of(home, 17, 150_000);
        Quickfreeze interrupted = new Quickfreeze(home.resolve("interrupted"));

        StoppedRun stopped = stopPostgresDuring(interrupted, uninterrupted, url -> {
            interrupted.awaitLog("step inspect completed", Duration.ofSeconds(60));
            Thread.sleep(1_000);
        });

        Quickfreeze.Outcome failed = stopped.outcome();
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.stderr().strip().lines()).as(failed.stderr()).hasSize(1);
        assertThat(failed.stderr()).startsWith("quickfreeze: ").doesNotContain("\tat ").doesNotContain("Exception:");
        UninterruptedRun.assertNoOutputIn(interrupted.out());

        try (PostgresServer again = new PostgresServer(postgresData(), stopped.port())) {
            var restarted = interrupted.run(arguments(stopped.url(), "run", "--restart"));

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
        // the write refused, or, when H2's background writer met the limit first, a read
        // of
        // the chunk it cut short
        assertThat(failed.stderr().lines().findFirst()).as(failed.stderr())
            .hasValueSatisfying(line -> assertThat(line).startsWith("quickfreeze: ")
                .containsPattern(
                        "the database cannot use its files: (File too large|Reading from file .* failed at )"));
        assertThat(failed.stderr()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(interrupted.out().resolve("findings-2026-10-31.csv")).doesNotExist();

        var restarted = interrupted.run("run", "--restart");

        assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
        uninterrupted.assertSameCsvOutputsIn(interrupted.out());
    }

    @Test
    void restartAfterTheStoreLostRowsItHadCountedReadsThatFileAgain() throws Exception {
        UninterruptedRun uninterrupted = UninterruptedRun.of(home, 17, 150_000);
        Quickfreeze interrupted = new Quickfreeze(home.resolve("interrupted"));
        StoppedRun stopped = stopPostgresDuring(interrupted, uninterrupted,
                url -> awaitStoredRows(url, 2_000, Duration.ofSeconds(60)));
        assertThat(stopped.outcome().exitCode()).isEqualTo(1);
        String url = stopped.url();

        try (PostgresServer again = new PostgresServer(postgresData(), stopped.port())) {
            // what a database that failed in the middle of a write can come back as: rows
            // it had acknowledged, and
            // that were counted, are not there
            try (Connection store = DriverManager.getConnection(url, "postgres", "");
                    Statement statement = store.createStatement()) {
                assertThat(statement.executeUpdate("DELETE FROM case_request WHERE (source_file_id, source_line) IN "
                        + "(SELECT source_file_id, source_line FROM case_request ORDER BY source_file_id DESC, "
                        + "source_line DESC FETCH FIRST 22 ROWS ONLY)"))
                    .isEqualTo(22);
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
