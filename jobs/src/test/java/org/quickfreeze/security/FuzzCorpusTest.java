package org.quickfreeze.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Quickfreeze;

/**
 * Hostile shapes of input kept as cases of their own: the limits give a reject or a
 * reason, never a crash.
 */
class FuzzCorpusTest {

    private static final String HEADER = "request_id,register,party,direction,request_type,counterpart,requested_on,"
            + "status\n";

    private static final String GOOD = "P1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN\n";

    @TempDir
    Path home;

    private Quickfreeze.Outcome run(String name, String content) throws IOException {
        Path exports = Files.createDirectories(home.resolve("exports"));
        Files.writeString(exports.resolve(name), content);
        return new Quickfreeze(home).run("run", "--input", exports.toString(), "--period", "2026-10");
    }

    private List<CSVRecord> rejects() throws IOException {
        List<CSVRecord> rejects = Quickfreeze.csv(new Quickfreeze(home).out().resolve("rejects-2026-10-31.csv"));
        return rejects.subList(1, rejects.size());
    }

    @Test
    void rowOfTenThousandCellsIsMalformedAndTheOtherRowsLoad() throws IOException {
        var outcome = run("wide.csv", HEADER + GOOD + "P2" + ",x".repeat(9_999) + "\n" + GOOD.replace("P1", "P3"));

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(outcome.stdout()).containsPattern("wide.csv\\s+3\\s+2\\s+1\\s+0\\s+LOADED");
        assertThat(rejects()).singleElement().satisfies(r -> {
            assertThat(r.get(1)).isEqualTo("3");
            assertThat(r.get(2)).isEqualTo("MALFORMED_ROW");
        });
    }

    @Test
    void lineOfAMillionCharactersIsMalformedNotAnOutOfMemoryError() throws IOException {
        var outcome = run("long.csv",
                HEADER + "P2,CP,RO,SENT,PRESERVATION,DE,2026-09-10," + "x".repeat(1_000_000) + "\n" + GOOD);

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(outcome.stdout()).containsPattern("long.csv\\s+2\\s+1\\s+1\\s+0\\s+LOADED");
        assertThat(rejects()).singleElement().satisfies(r -> {
            assertThat(r.get(2)).isEqualTo("MALFORMED_ROW");
            assertThat(r.get(3)).contains("1000000 characters; at most 32000 are read");
        });
    }

    @Test
    void headerOfTenThousandColumnsMakesTheFileUnusableWithAReason() throws IOException {
        var outcome = run("wide-header.csv", HEADER.strip() + ",extra".repeat(9_992) + "\n" + GOOD);

        assertThat(outcome.exitCode()).as(outcome.stderr()).isEqualTo(3);
        assertThat(outcome.stdout()).contains("wide-header.csv").contains("UNUSABLE");
        assertThat(outcome.stderr() + outcome.stdout()).doesNotContain("Exception");
    }

}
