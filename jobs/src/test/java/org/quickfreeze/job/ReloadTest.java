package org.quickfreeze.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quickfreeze.testsupport.PostgresServer;
import org.quickfreeze.testsupport.Quickfreeze;

/**
 * Reloads: the store keeps one row per register and request id; a newer export replaces
 * rows with the same key and keeps the others; the same file twice changes nothing. On H2
 * and on PostgreSQL, which receive the rows in different ways.
 */
class ReloadTest {

    @AutoClose
    private static final PostgresServer postgres = new PostgresServer();

    /** Runs of one home on one store: the home's H2 database or a new PostgreSQL one. */
    private record Runs(Quickfreeze q, List<String> store) {

        Quickfreeze.Outcome run(String... arguments) {
            List<String> all = new ArrayList<>(List.of(arguments));
            all.addAll(store);
            Quickfreeze.Outcome outcome = q.run(all.toArray(String[]::new));
            assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
            return outcome;
        }

    }

    private Runs runs(String store) {
        return new Runs(new Quickfreeze(home),
                store.equals("h2") ? List.of() : PostgresServer.springArguments(postgres.newDatabase()));
    }

    private static final String HEADER = "request_id,register,party,direction,request_type,counterpart,requested_on,status";

    @TempDir
    Path home;

    private Path export(String name, long minute, String... rows) throws IOException {
        Path file = home.resolve("in-" + minute).resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, HEADER + "\n" + String.join("\n", rows) + "\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_780_000_000_000L + minute * 60_000));
        return file;
    }

    private static String state(Quickfreeze q, String requestId) throws IOException {
        List<CSVRecord> findings = Quickfreeze.csv(q.out().resolve("findings-2026-10-31.csv"));
        return findings.stream()
            .filter(r -> r.get(1).equals(requestId))
            .map(r -> r.get(14))
            .findFirst()
            .orElse("absent");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "h2", "postgresql" })
    void sameFileTwiceChangesNothingAndIsAccountedAsWhenItWasLoaded(String store) throws IOException {
        Runs runs = runs(store);
        Quickfreeze q = runs.q();
        Path v1 = export("police.csv", 1, "P1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN",
                "P2,CP,RO,SENT,PRESERVATION,DE,2026-10-01,OPEN");

        runs.run("run", "--input", v1.toString(), "--period", "2026-10");
        byte[] first = Files.readAllBytes(q.out().resolve("findings-2026-10-31.csv"));
        var again = runs.run("run", "--input", v1.toString(), "--period", "2026-10", "--force");

        assertThat(again.stdout()).containsPattern("police.csv\\s+2\\s+2\\s+0\\s+0\\s+ALREADY_LOADED");
        assertThat(Files.readAllBytes(q.out().resolve("findings-2026-10-31.csv"))).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "h2", "postgresql" })
    void newerExportReplacesRowsWithTheSameKeyAndKeepsTheOthers(String store) throws IOException {
        Runs runs = runs(store);
        Quickfreeze q = runs.q();
        Path v1 = export("police.csv", 1, "P1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN",
                "P2,CP,RO,SENT,PRESERVATION,DE,2026-10-01,OPEN");
        Path v2 = export("police.csv", 2, "P1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,WITHDRAWN",
                "P3,CP,RO,SENT,PRESERVATION,DE,2026-10-10,OPEN");

        runs.run("run", "--input", v1.toString(), "--period", "2026-10");
        assertThat(state(q, "P1")).isEqualTo("DUE_SOON");
        runs.run("run", "--input", v2.toString(), "--period", "2026-10");

        assertThat(state(q, "P1")).isEqualTo("EXCLUDED");
        assertThat(state(q, "P2")).isEqualTo("PENDING");
        assertThat(state(q, "P3")).isEqualTo("PENDING");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "h2", "postgresql" })
    void olderExportLoadedLaterDoesNotOverwriteTheNewerOne(String store) throws IOException {
        Runs runs = runs(store);
        Quickfreeze q = runs.q();
        Path older = export("police.csv", 1, "P1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN");
        Path newer = export("police.csv", 2, "P1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,REFUSED");

        runs.run("run", "--input", newer.toString(), "--period", "2026-10");
        runs.run("run", "--input", older.toString(), "--period", "2026-10");

        assertThat(state(q, "P1")).isEqualTo("EXCLUDED");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "h2", "postgresql" })
    void twoExportsOfOneRegisterInOneRunTheLaterWins(String store) throws IOException {
        Runs runs = runs(store);
        Quickfreeze q = runs.q();
        Path newer = export("police-b.csv", 2, "P1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,WITHDRAWN");
        Path older = export("police-a.csv", 1, "P1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN");

        runs.run("run", "--input", newer.toString(), "--input", older.toString(), "--period", "2026-10");

        assertThat(state(q, "P1")).isEqualTo("EXCLUDED");
    }

}
