package org.quickfreeze.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Fixtures;
import org.quickfreeze.testsupport.Quickfreeze;
import org.quickfreeze.testsupport.Workbooks;

/**
 * Real registers: Excel exports, mapped layouts, and the inbox that never loses a file.
 */
class RegistersAndInboxTest {

    private static final String CSV_HEADER = "request_id,register,party,direction,request_type,counterpart,requested_on,"
            + "status\n";

    @TempDir
    Path home;

    private Quickfreeze quickfreeze() {
        return new Quickfreeze(home);
    }

    private String inbox() {
        return "--quickfreeze.inbox=" + home.resolve("inbox");
    }

    private static List<CSVRecord> findings(Quickfreeze q) throws IOException {
        return Quickfreeze.csv(q.out().resolve("findings-2026-10-31.csv"));
    }

    @Test
    void excelExportWithDateCellsAndNumericIdsIsReadWithExcelRowNumbers() throws IOException {
        Path file = Workbooks.write(home.resolve("in/police.xlsx"),
                new Object[] { 12345, "CP", "RO", "SENT", "PRESERVATION", "DE", LocalDate.of(2026, 9, 10), null, "OPEN",
                        "C-1" },
                new Object[] { "PN-2", "CP", "RO", "SENT", "29", "FR", LocalDate.of(2026, 8, 1),
                        LocalDate.of(2026, 8, 3), "EXECUTED", "C-2" },
                new Object[] { "PN-3", "CP", "RO", "SENT", "PRESERVATION", "XX", LocalDate.of(2026, 8, 1), null, "OPEN",
                        "C-3" });
        Quickfreeze q = quickfreeze();

        var outcome = q.run("run", "--input", file.toString(), "--period", "2026-10");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(findings(q)).extracting(r -> r.get(1) + " " + r.get(6) + " " + r.get(14))
            .contains("12345 2026-09-10 DUE_SOON", "PN-2 2026-08-03 OVERDUE");
        List<CSVRecord> rejects = Quickfreeze.csv(q.out().resolve("rejects-2026-10-31.csv"));
        assertThat(rejects.get(1).toList()).startsWith("police.xlsx", "4", "BAD_COUNTRY");
        assertThat(rejects.get(1).get(10)).isEqualTo("2026-08-01");
    }

    @Test
    void excelExportOfEuropeanOrdersIsReadWithItsFiveColumns() throws IOException {
        String[] header = { "request_id", "register", "party", "direction", "request_type", "counterpart",
                "requested_on", "executed_on", "status", "case_reference", "instrument", "addressee", "emergency",
                "notified_on", "refusal_ground", "data_types" };
        Path file = Workbooks.write(home.resolve("in/orders.xlsx"), header,
                new Object[] { "OEC-1", "PT", "RO", "SENT", null, "IE", LocalDate.of(2026, 8, 19),
                        LocalDate.of(2026, 8, 20), "EXECUTED", "EU-1", "EPOC_PR", "Google Ireland Ltd", "YES", null,
                        null, "IDENTIFICATION" },
                new Object[] { "OEP-2", "PT", "RO", "SENT", "", "IE", LocalDate.of(2026, 10, 20), null, "REFUSED",
                        "EU-1", "EPOC", "Google Ireland Ltd", "no", LocalDate.of(2026, 10, 21), "fundamental rights",
                        "IDENTIFICATION" },
                new Object[] { "OEP-3", "PT", "RO", "SENT", "TRAFFIC_DISCLOSURE", "IE", LocalDate.of(2026, 10, 12),
                        null, "OPEN", "EU-3", "EPOC_PR", null, null, null, null, null });
        Quickfreeze q = quickfreeze();

        var outcome = q.run("run", "--input", file.toString(), "--period", "2026-10");

        assertThat(outcome.stdout()).containsPattern("orders.xlsx\\s+3\\s+2\\s+1\\s+0\\s+LOADED");
        // day 61 of a preservation order that was not extended: after its limit
        assertThat(findings(q)).extracting(r -> r.get(1) + " " + r.get(8) + " " + r.get(11) + " " + r.get(14))
            .containsExactly("request_id follow_up_id delay_days state", "OEC-1 OEP-2 61 AFTER_LIMIT");
        List<CSVRecord> rejects = Quickfreeze.csv(q.out().resolve("rejects-2026-10-31.csv"));
        assertThat(rejects.get(1).get(2)).isEqualTo("BAD_CODE");
        assertThat(q.out().resolve("eu-statistics-2026-10.xlsx")).exists();
    }

    @Test
    void excelExportWithDatesWrittenAsText() throws IOException {
        Path file = Workbooks.write(home.resolve("in/police.xlsx"),
                new Object[] { "PN-1", "CP", "RO", "SENT", "PRESERVATION", "DE", "10/09/2026", null, "OPEN", "C-1" },
                new Object[] { "PN-2", "CP", "RO", "SENT", "PRESERVATION", "DE", "2026-09-10T23:30:00-02:00", null,
                        "OPEN", "C-2" });
        Quickfreeze q = quickfreeze();

        q.run("run", "--input", file.toString(), "--period", "2026-10");

        assertThat(findings(q)).extracting(r -> r.get(1) + " " + r.get(5))
            .contains("PN-1 2026-09-10", "PN-2 2026-09-11");
    }

    @Test
    void mappedRegisterIsReadThroughItsHeadersCodesAndDateFormats() throws IOException {
        Quickfreeze q = quickfreeze();

        q.run("run", "--input", Fixtures.samples().toString(), "--period", "2026-10");

        List<CSVRecord> diicot = findings(q).stream().filter(r -> r.get(0).equals("DIICOT-24-7")).toList();
        assertThat(diicot).hasSize(40);
        assertThat(diicot).extracting(r -> r.get(1)).allMatch(id -> id.matches("400\\d\\d"));
        assertThat(diicot).extracting(r -> r.get(2)).containsOnly("RO");
        assertThat(diicot).extracting(r -> r.get(10)).contains("CASE_REFERENCE");
    }

    @Test
    void mappingThatNamesAHeaderTheFileLacksMakesTheFileUnusable() throws IOException {
        Path registers = Files.createDirectories(home.resolve("in/registers"));
        Files.writeString(registers.resolve("moj.yml"), """
                register: MOJ
                party: RO
                files: "moj-*.csv"
                columns:
                  request_id: "Ref. no."
                """);
        Files.writeString(home.resolve("in/moj-2026.csv"), CSV_HEADER + "M-1,MOJ,RO,SENT,31,DE,2026-09-01,OPEN\n");

        var outcome = quickfreeze().run("run", "--input", home.resolve("in").toString(), "--period", "2026-10");

        assertThat(outcome.exitCode()).isEqualTo(3);
        assertThat(outcome.stdout()).contains("register mapping moj.yml names the header 'Ref. no.' (for request_id), "
                + "which the file lacks; the header found is: request_id, register, party");
    }

    @Test
    void hostileFilesEachGetAReasonAndTheRestOfTheInboxIsStillLoaded() throws IOException {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Files.writeString(inbox.resolve("good.csv"), CSV_HEADER + "P1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN\n");
        Workbooks.zipBomb(inbox.resolve("bomb.xlsx"));
        Files.writeString(inbox.resolve("renamed.xlsx"),
                CSV_HEADER + "P2,CP,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN\n");
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(inbox.resolve("binary.csv"), noise);
        Files.writeString(inbox.resolve("header-only.csv"), CSV_HEADER);
        Files.write(inbox.resolve("empty.csv"), new byte[0]);

        var outcome = quickfreeze().run("run", "--inbox", inbox(), "--period", "2026-10");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isEqualTo(3);
        assertThat(outcome.stdout()).containsPattern("good.csv\\s+1\\s+1\\s+0\\s+0\\s+LOADED")
            .containsPattern("header-only.csv\\s+0\\s+0\\s+0\\s+0\\s+LOADED")
            .contains("bomb.xlsx", "like a zip bomb")
            .contains("renamed.xlsx", "is named .xlsx but holds text, not a workbook (a CSV file renamed?)")
            .contains("binary.csv", "not CSV text")
            .contains("empty.csv", "the file is empty (0 bytes)");
        Path failed = inbox.resolve("failed");
        for (String name : List.of("bomb.xlsx", "renamed.xlsx", "binary.csv", "empty.csv")) {
            assertThat(failed.resolve(name)).as(name).exists();
            assertThat(failed.resolve(name + ".reason.txt")).as(name).isNotEmptyFile();
        }
        try (Stream<Path> archived = Files.list(inbox.resolve("archive").resolve(LocalDate.now().toString()))) {
            assertThat(archived.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("good.csv",
                    "header-only.csv");
        }
        try (Stream<Path> left = Files.list(inbox)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("archive", "failed");
        }
    }

    @Test
    void sameFileDroppedTwiceIsNotLoadedAgainAndIsAccountedAsWhenItWasLoaded() throws IOException {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        String export = CSV_HEADER + "P1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN\n";
        Files.writeString(inbox.resolve("police.csv"), export);
        Quickfreeze q = quickfreeze();
        q.run("run", "--inbox", inbox(), "--period", "2026-10");

        Files.writeString(inbox.resolve("police.csv"), export);
        var again = q.run("run", "--inbox", inbox(), "--period", "2026-10");

        assertThat(again.exitCode()).as(again.stderr()).isZero();
        assertThat(again.stdout()).containsPattern(
                "police.csv\\s+1\\s+1\\s+0\\s+0\\s+ALREADY_LOADED: same content " + "as police.csv, already loaded");
        Path archive = inbox.resolve("archive").resolve(LocalDate.now().toString());
        assertThat(archive.resolve("police.csv")).exists();
        assertThat(archive.resolve("1-police.csv")).exists();
        assertThat(findings(q)).hasSize(2);
    }

    @Test
    void crashBetweenLoadAndArchiveLeavesTheFileInTheInboxAndTheNextRunLoadsNothingTwice() throws IOException {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Files.writeString(inbox.resolve("police.csv"), CSV_HEADER + "P1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN\n"
                + "P2,CP,RO,SENT,PRESERVATION,DE,2026-10-10,OPEN\n");
        // the day's archive cannot be made: the run stops after loading, before moving
        // the
        // file
        Path day = Files.createDirectories(inbox.resolve("archive")).resolve(LocalDate.now().toString());
        Files.writeString(day, "not a folder");
        Quickfreeze q = quickfreeze();

        var crashed = q.run("run", "--inbox", inbox(), "--period", "2026-10");

        assertThat(crashed.exitCode()).isEqualTo(1);
        assertThat(inbox.resolve("police.csv")).exists();

        Files.delete(day);
        var next = q.run("run", "--inbox", inbox(), "--period", "2026-10", "--as-of", "2026-10-31", "--force");

        assertThat(next.exitCode()).as(next.stderr()).isZero();
        assertThat(next.stdout()).containsPattern("police.csv\\s+2\\s+2\\s+0\\s+0\\s+ALREADY_LOADED");
        assertThat(findings(q)).hasSize(3);
        assertThat(inbox.resolve("police.csv")).doesNotExist();
    }

}
