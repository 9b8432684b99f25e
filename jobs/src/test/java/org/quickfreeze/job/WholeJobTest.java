package org.quickfreeze.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Fixtures;
import org.quickfreeze.testsupport.Quickfreeze;

/** The real job on real files, checked row by row against findings worked out by hand. */
class WholeJobTest {

    private static final Path FIXTURE = Fixtures.small();

    @TempDir
    Path home;

    @Test
    void findingsOfTheSmallFixtureEqualTheHandComputedOnes() throws IOException {
        Quickfreeze quickfreeze = new Quickfreeze(home);
        Path inputs = Quickfreeze.exports(home.resolve("in"), FIXTURE.resolve("cp-police.csv"),
                FIXTURE.resolve("moj.csv"));

        var outcome = quickfreeze.run("run", "--input", inputs.toString(), "--period", "2026-10");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        List<CSVRecord> actual = Quickfreeze.csv(quickfreeze.out().resolve("findings-2026-10-31.csv"));
        List<CSVRecord> expected = Quickfreeze.csv(FIXTURE.resolve("expected-findings.csv"));
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).toList()).as("findings line %d", i + 1).isEqualTo(expected.get(i).toList());
        }
    }

    @Test
    void rejectsNameFileLineCodeAndKeepTheCellsAsRead() throws IOException {
        Quickfreeze quickfreeze = new Quickfreeze(home);
        Path inputs = Quickfreeze.exports(home.resolve("in"), FIXTURE.resolve("cp-police.csv"),
                FIXTURE.resolve("moj.csv"));

        quickfreeze.run("run", "--input", inputs.toString(), "--period", "2026-10");

        List<CSVRecord> actual = Quickfreeze.csv(quickfreeze.out().resolve("rejects-2026-10-31.csv"));
        List<CSVRecord> expected = Quickfreeze.csv(FIXTURE.resolve("expected-rejects.csv"));
        assertThat(actual.get(0).toList()).startsWith("file", "line", "code", "message", "cell_1");
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 1; i < expected.size(); i++) {
            CSVRecord e = expected.get(i);
            CSVRecord a = actual.get(i);
            assertThat(List.of(a.get(0), a.get(1), a.get(2), a.get(4))).as("rejects line %d", i + 1)
                .isEqualTo(e.toList());
            assertThat(a.get(3)).isNotBlank();
        }
        assertThat(actual.get(2).get(3)).isEqualTo(
                "request_id PN-1 of register CP-POLICE already appears at line 2 of this file; only that first row is loaded");
    }

    @Test
    void consoleSummaryReconcilesRowsPerFile() throws IOException {
        Quickfreeze quickfreeze = new Quickfreeze(home);
        Path inputs = Quickfreeze.exports(home.resolve("in"), FIXTURE.resolve("cp-police.csv"),
                FIXTURE.resolve("moj.csv"));

        var outcome = quickfreeze.run("run", "--input", inputs.toString(), "--period", "2026-10");

        // cp-police.csv: 14 rows read, 11 loaded, 2 rejected, 1 empty line; moj.csv: 7
        // read, 6 loaded, 1 rejected
        assertThat(outcome.stdout()).containsPattern("cp-police.csv\\s+14\\s+11\\s+2\\s+1\\s+LOADED");
        assertThat(outcome.stdout()).containsPattern("moj.csv\\s+7\\s+6\\s+1\\s+0\\s+LOADED");
        // matured 60 (S <= 2026-09-01): PN-2, PN-3, PN-4, PN-8, PN-9, none followed up
        // within 60 days;
        // matured 90 (S <= 2026-08-02): PN-2, PN-4, PN-8, PN-9, of which PN-8 within 90
        // days
        assertThat(outcome.stdout())
            .contains("within 60 days: 0.0 % of 5 matured; within 90 days: 25.0 % of 4 matured");
        assertThat(outcome.stdout()).contains("unresolved links: 1");
        assertThat(outcome.stdout()).contains("findings-2026-10-31.csv");
    }

    @Test
    void unusableFileIsSetAsideWithItsReasonAndTheOtherFilesAreStillLoaded() throws IOException {
        Quickfreeze quickfreeze = new Quickfreeze(home);
        Path inputs = Quickfreeze.exports(home.resolve("in"), FIXTURE.resolve("cp-police.csv"));
        Files.writeString(inputs.resolve("moj-old.csv"), "request_id,direction,requested_on\nM-1,SENT,2026-01-01\n");

        var outcome = quickfreeze.run("run", "--input", inputs.toString(), "--period", "2026-10");

        assertThat(outcome.exitCode()).isEqualTo(3);
        assertThat(outcome.stderr()).contains("1 input file(s) could not be used");
        assertThat(outcome.stdout())
            .contains("UNUSABLE: the header lacks the required columns request_type, counterpart, status");
        assertThat(inputs.resolve("moj-old.csv")).exists();
        assertThat(quickfreeze.out().resolve("failed/moj-old.csv")).exists();
        assertThat(Files.readString(quickfreeze.out().resolve("failed/moj-old.csv.reason.txt")))
            .contains("lacks the required columns");
        assertThat(Quickfreeze.csv(quickfreeze.out().resolve("findings-2026-10-31.csv"))).hasSize(10);
    }

    @Test
    void keysAreExactAndARowAfterARejectedOneWithItsKeyIsLoaded() throws IOException {
        Quickfreeze quickfreeze = new Quickfreeze(home);
        Path export = quickfreeze.export("register.csv", "A1,R,RO,SENT,PRESERVATION,XX,2026-09-01,OPEN",
                "A1,R,RO,SENT,PRESERVATION,DE,2026-09-02,OPEN", "A1,R,RO,SENT,PRESERVATION,DE,2026-09-03,OPEN",
                "b1,R,RO,SENT,PRESERVATION,DE,2026-09-04,OPEN", "B1,R,RO,SENT,PRESERVATION,DE,2026-09-04,OPEN",
                "B1,r,RO,SENT,PRESERVATION,DE,2026-09-04,OPEN");

        quickfreeze.run("run", "--input", export.toString(), "--period", "2026-10");

        assertThat(Quickfreeze.csv(quickfreeze.out().resolve("rejects-2026-10-31.csv")))
            .extracting(r -> r.get(1) + " " + r.get(2))
            .containsExactly("line code", "2 BAD_COUNTRY", "4 DUPLICATE_ID");
        assertThat(Quickfreeze.csv(quickfreeze.out().resolve("findings-2026-10-31.csv")))
            .extracting(r -> r.get(0) + "/" + r.get(1) + " " + r.get(5))
            .containsExactlyInAnyOrder("register/request_id requested_on", "R/A1 2026-09-02", "R/B1 2026-09-04",
                    "R/b1 2026-09-04", "r/B1 2026-09-04");
    }

    @Test
    void caseReferencesMatchInFullHoweverLongAndAHugeBadCellIsOneShortReject() throws IOException {
        String reference = "C-" + "7".repeat(500);
        // the same first 400 characters: a store that cut references there would match it
        // too
        String almostTheSame = reference.substring(0, 400) + "8".repeat(102);
        Path export = Files.writeString(home.resolve("register.csv"), String.join("\n",
                "request_id,register,party,direction,request_type,counterpart,requested_on,status,case_reference",
                "P1,R,RO,SENT,PRESERVATION,DE,2026-09-01,OPEN," + reference,
                "P2,R,RO,SENT,PRESERVATION,DE,2026-09-01,OPEN," + almostTheSame,
                "M1,R,RO,SENT,MLA_STORED_DATA,DE,2026-09-20,OPEN," + reference,
                "B1,R,RO," + "S".repeat(5_000) + ",PRESERVATION,DE,2026-09-01,OPEN,C-1") + "\n");
        Quickfreeze quickfreeze = new Quickfreeze(home.resolve("run"));

        var outcome = quickfreeze.run("run", "--input", export.toString(), "--period", "2026-10");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(Quickfreeze.csv(quickfreeze.out().resolve("findings-2026-10-31.csv")))
            .extracting(r -> r.get(1) + " " + r.get(8) + " " + r.get(10) + " " + r.get(14))
            .containsExactly("request_id follow_up_id link state", "P2   DUE_SOON", "P1 M1 CASE_REFERENCE ON_TIME");
        assertThat(Quickfreeze.csv(quickfreeze.out().resolve("rejects-2026-10-31.csv")))
            .extracting(r -> r.get(1) + " " + r.get(2) + " " + r.get(3))
            .containsExactly("line code message", "5 BAD_CODE direction '" + "S".repeat(60)
                    + "…' (5000 characters) is not a known code: use SENT or RECEIVED");
    }

    @Test
    void headersOfHugeColumnNamesAreReportedShortAndStopNoFile() throws IOException {
        Path inputs = Files.createDirectories(home.resolve("in"));
        String longName = "U".repeat(2_000);
        Files.writeString(inputs.resolve("extra.csv"), "request_id,register,party,direction,request_type,counterpart,"
                + "requested_on,status," + longName + "\nP1,R,RO,SENT,PRESERVATION,DE,2026-09-01,OPEN,x\n");
        Files.writeString(inputs.resolve("broken.csv"), String.join(",", Collections.nCopies(100, longName)) + "\nx\n");
        Quickfreeze quickfreeze = new Quickfreeze(home.resolve("run"));

        var outcome = quickfreeze.run("run", "--input", inputs.toString(), "--period", "2026-10");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isEqualTo(3);
        assertThat(outcome.stdout()).containsPattern("extra.csv\\s+1\\s+1\\s+0\\s+0\\s+LOADED")
            .contains("broken.csv")
            .contains("UNUSABLE: the header lacks the required columns request_id, direction, request_type, "
                    + "counterpart, requested_on, status; the header found is: " + "U".repeat(60) + "…, ")
            .contains("…, and 60 more");
    }

    @Test
    void fileNameTooLongToNameTheRegisterMakesTheFileUnusableWithOneReason() throws IOException {
        Path inputs = Files.createDirectories(home.resolve("in"));
        String rows = "request_id,party,direction,request_type,counterpart,requested_on,status\n"
                + "P1,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN\n";
        Files.writeString(inputs.resolve("r".repeat(230) + ".csv"), rows);
        Files.writeString(inputs.resolve("cp.csv"), rows.replace("P1", "P2"));
        Quickfreeze quickfreeze = new Quickfreeze(home.resolve("run"));

        var outcome = quickfreeze.run("run", "--input", inputs.toString(), "--period", "2026-10");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isEqualTo(3);
        assertThat(outcome.stdout()).containsPattern("cp.csv\\s+1\\s+1\\s+0\\s+0\\s+LOADED")
            .contains("UNUSABLE: the file has no register column and the register's name taken from the file name is "
                    + "230 characters long; at most 200 are allowed");
    }

    @Test
    void malformedLinesOfMillionsOfCharactersAreRejectedWithAnExcerptAndTheNextRowsLoad() throws IOException {
        String row = "P%d,CP,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN,";
        Path export = Files.writeString(home.resolve("cp.csv"),
                String.join("\n",
                        "request_id,register,party,direction,request_type,counterpart,requested_on,status,offence",
                        row.formatted(1) + "\"ab\"cd" + "x".repeat(1_100_000),
                        row.formatted(2) + String.join(",", Collections.nCopies(600, "y".repeat(2_000))),
                        row.formatted(3) + "fraud") + "\n");
        Quickfreeze quickfreeze = new Quickfreeze(home.resolve("run"));

        var outcome = quickfreeze.run("run", "--input", export.toString(), "--period", "2026-10");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(outcome.stdout()).containsPattern("cp.csv\\s+3\\s+1\\s+2\\s+0\\s+LOADED");
        assertThat(Quickfreeze.csv(quickfreeze.out().resolve("rejects-2026-10-31.csv")))
            .extracting(r -> r.get(1) + " " + r.get(2) + " " + r.get(4).length())
            .containsExactly("line code 6", "2 MALFORMED_ROW 201", "3 MALFORMED_ROW 201");
    }

}
