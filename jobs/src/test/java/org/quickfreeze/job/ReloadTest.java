package org.quickfreeze.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Quickfreeze;

/**
 * Reloads: the store keeps one row per register and request id; a newer export replaces
 * rows with the same key and keeps the others; the same file twice changes nothing.
 */
class ReloadTest {

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

    @Test
    void sameFileTwiceChangesNothingAndIsNotCountedAgain() throws IOException {
        Quickfreeze q = new Quickfreeze(home);
        Path v1 = export("police.csv", 1, "P1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN",
                "P2,CP,RO,SENT,PRESERVATION,DE,2026-10-01,OPEN");

        q.run("run", "--input", v1.toString(), "--period", "2026-10");
        byte[] first = Files.readAllBytes(q.out().resolve("findings-2026-10-31.csv"));
        var again = q.run("run", "--input", v1.toString(), "--period", "2026-10", "--force");

        assertThat(again.exitCode()).isZero();
        assertThat(again.stdout()).containsPattern("police.csv\\s+0\\s+0\\s+0\\s+0\\s+ALREADY_LOADED");
        assertThat(Files.readAllBytes(q.out().resolve("findings-2026-10-31.csv"))).isEqualTo(first);
    }

    @Test
    void newerExportReplacesRowsWithTheSameKeyAndKeepsTheOthers() throws IOException {
        Quickfreeze q = new Quickfreeze(home);
        Path v1 = export("police.csv", 1, "P1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN",
                "P2,CP,RO,SENT,PRESERVATION,DE,2026-10-01,OPEN");
        Path v2 = export("police.csv", 2, "P1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,WITHDRAWN",
                "P3,CP,RO,SENT,PRESERVATION,DE,2026-10-10,OPEN");

        q.run("run", "--input", v1.toString(), "--period", "2026-10");
        assertThat(state(q, "P1")).isEqualTo("DUE_SOON");
        q.run("run", "--input", v2.toString(), "--period", "2026-10");

        assertThat(state(q, "P1")).isEqualTo("EXCLUDED");
        assertThat(state(q, "P2")).isEqualTo("PENDING");
        assertThat(state(q, "P3")).isEqualTo("PENDING");
    }

    @Test
    void olderExportLoadedLaterDoesNotOverwriteTheNewerOne() throws IOException {
        Quickfreeze q = new Quickfreeze(home);
        Path older = export("police.csv", 1, "P1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN");
        Path newer = export("police.csv", 2, "P1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,REFUSED");

        q.run("run", "--input", newer.toString(), "--period", "2026-10");
        q.run("run", "--input", older.toString(), "--period", "2026-10");

        assertThat(state(q, "P1")).isEqualTo("EXCLUDED");
    }

    @Test
    void twoExportsOfOneRegisterInOneRunTheLaterWins() throws IOException {
        Quickfreeze q = new Quickfreeze(home);
        Path newer = export("police-b.csv", 2, "P1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,WITHDRAWN");
        Path older = export("police-a.csv", 1, "P1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN");

        q.run("run", "--input", newer.toString(), "--input", older.toString(), "--period", "2026-10");

        assertThat(state(q, "P1")).isEqualTo("EXCLUDED");
    }

}
