package org.quickfreeze.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Fixtures;
import org.quickfreeze.testsupport.Quickfreeze;

/**
 * Every register gets in, whatever it is saved as, and nothing given to a run goes
 * unreported: the whole job on folders of {@code .xls} and {@code .ods} exports with
 * other files beside them, an inbox that holds what is no export, a folder without an
 * export, and file names that carry control characters.
 */
class FoldersAndInboxTest {

    private static final String HEADER = "request_id,register,party,direction,request_type,counterpart,requested_on,"
            + "status\n";

    private static final Path SAVED = Fixtures.onClassPath("workbooks/libreoffice");

    @TempDir
    Path home;

    @Test
    void folderOfXlsAndOdsExportsIsReadAndItsOtherFilesAreNamedOnceAsNotAnExport() throws IOException {
        Path in = Files.createDirectories(home.resolve("in"));
        Files.copy(SAVED.resolve("cp-police.xls"), in.resolve("cp-police.xls"));
        Files.copy(SAVED.resolve("moj-mla-register.ods"), in.resolve("moj-mla-register.ods"));
        Files.writeString(in.resolve("notes.txt"), "sent by the clerk on Monday");
        Path registers = Files.createDirectories(in.resolve("registers"));
        for (String mapping : new String[] { "cp-police.yml", "moj.yml" }) {
            Files.copy(SAVED.resolve("registers").resolve(mapping), registers.resolve(mapping));
        }

        var outcome = new Quickfreeze(home).run("run", "--input", in.toString(), "--period", "2026-10");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        // the same counts as the CSV exports these were saved from
        assertThat(outcome.stdout()).containsPattern("cp-police.xls\\s+243\\s+243\\s+0\\s+0\\s+LOADED")
            .containsPattern("moj-mla-register.ods\\s+205\\s+205\\s+0\\s+0\\s+LOADED")
            .contains("Not an export, not read: notes.txt, registers\n");
    }

    @Test
    void inboxSetsAsideEveryFileThatIsNoExportWithItsReasonAndKeepsNothingBack() throws IOException {
        Path inbox = Files.createDirectories(home.resolve("inbox"));
        Files.writeString(inbox.resolve("good.csv"), HEADER + "P1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN\n");
        Files.copy(SAVED.resolve("cp-police.xls"), inbox.resolve("cp-police.xls"));
        Files.writeString(inbox.resolve("notes.txt"), "sent by the clerk on Monday");
        byte[] photo = new byte[2048];
        new Random(3).nextBytes(photo);
        Files.write(inbox.resolve("scan.jpg"), photo);
        Files.createDirectories(inbox.resolve("scans"));

        var outcome = new Quickfreeze(home).run("run", "--inbox", "--quickfreeze.inbox=" + inbox, "--party", "RO",
                "--period", "2026-10");

        assertThat(outcome.exitCode()).as(outcome.stderr()).isEqualTo(3);
        assertThat(outcome.stdout()).contains("notes.txt", "the file is not an export: its name does not end in .csv")
            .contains("scans", "this is a folder, not an export");
        for (String name : new String[] { "notes.txt", "scan.jpg", "scans" }) {
            assertThat(inbox.resolve("failed").resolve(name)).as(name).exists();
            assertThat(inbox.resolve("failed").resolve(name + ".reason.txt")).as(name).isNotEmptyFile();
        }
        try (Stream<Path> left = Files.list(inbox)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("archive", "failed");
        }
    }

    @Test
    void whatTheLibrarySaysOfADamagedWorkbookStaysOffTheConsole() throws Exception {
        Path in = Files.createDirectories(home.resolve("in"));
        byte[] xls = Files.readAllBytes(SAVED.resolve("cp-police.xls"));
        // the root entry of the compound file names a child far outside its directory,
        // which POI warns of in its own words
        ByteBuffer bytes = ByteBuffer.wrap(xls).order(ByteOrder.LITTLE_ENDIAN);
        int directory = (bytes.getInt(0x30) + 1) * 512;
        bytes.putInt(directory + 0x4C, 0x60FFFFFF);
        Files.write(in.resolve("cp-police.xls"), xls);
        Files.writeString(in.resolve("good.csv"), HEADER + "P1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN\n");

        // in a process of its own: the console is the process's, where the log's console
        // lines go too
        Quickfreeze quickfreeze = new Quickfreeze(home);
        var outcome = quickfreeze.outcome(quickfreeze.start("run", "--input", in.toString(), "--period", "2026-10"));

        assertThat(outcome.exitCode()).as(outcome.stderr()).isEqualTo(3);
        assertThat(outcome.stdout()).contains("cp-police.xls", "UNUSABLE: the Excel 97–2003 workbook is damaged");
        assertThat(outcome.stdout() + outcome.stderr()).doesNotContain("org.apache", "Property index", "Exception");
        assertThat(Files.readString(home.resolve("logs/quickfreeze.log"))).contains("cp-police.xls");
    }

    @Test
    void folderWithoutAnExportWritesNothingAndSaysSoInOneSentence() throws IOException {
        Path in = Files.createDirectories(home.resolve("in"));
        Files.writeString(in.resolve("README.md"), "# exports arrive here");
        Quickfreeze quickfreeze = new Quickfreeze(home);

        var outcome = quickfreeze.run("run", "--input", in.toString(), "--period", "2026-10");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.stderr().lines()).containsExactly("quickfreeze: the input holds no export (a .csv, .xlsx, "
                + ".xlsm, .xls or .ods file): " + in + "; nothing was written");
        assertThat(quickfreeze.out()).isEmptyDirectory();
    }

    @Test
    void sameDayForcedAgainWritesTheSameRejectsAndCounts() throws IOException {
        Quickfreeze quickfreeze = new Quickfreeze(home);
        var first = quickfreeze.run("run", "--input", Fixtures.samples().toString(), "--period", "2026-10");
        Path rejects = quickfreeze.out().resolve("rejects-2026-10-31.csv");
        byte[] firstRejects = Files.readAllBytes(rejects);

        var again = quickfreeze.run("run", "--input", Fixtures.samples().toString(), "--period", "2026-10", "--force");

        assertThat(again.exitCode()).as(again.stderr()).isZero();
        // 17 rejects of the prosecution's register and 2 of DIICOT's, as the first run
        // found
        assertThat(Quickfreeze.csv(rejects)).hasSize(1 + 19);
        assertThat(Files.readAllBytes(rejects)).isEqualTo(firstRejects);
        assertThat(again.stdout()).containsPattern("CP-PROSECUTION.csv\\s+104\\s+85\\s+17\\s+2\\s+ALREADY_LOADED")
            .containsPattern("diicot-24-7-register.xlsx\\s+68\\s+66\\s+2\\s+0\\s+ALREADY_LOADED");
        assertThat(first.stdout()).containsPattern("CP-PROSECUTION.csv\\s+104\\s+85\\s+17\\s+2\\s+LOADED");
    }

    @Test
    void inputThatDoesNotExistIsNamedInOneSentence() {
        var outcome = new Quickfreeze(home).run("run", "--input", home.resolve("exprots").toString());

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.stderr()).contains("--input " + home.resolve("exprots") + " does not exist");
    }

    @Test
    void controlCharactersOfAFileNameAreShownVisiblyOnTheConsoleAndInTheLog() throws IOException {
        Path in = Files.createDirectories(home.resolve("in"));
        String name = "police\u001b[2J\u0007.csv";
        Files.writeString(in.resolve(name), HEADER + "P1,CP,RO,SENT,PRESERVATION,DE,2026-09-10,OPEN\n");
        Files.writeString(in.resolve("forged\nERROR run failed.xlsx"), "not a workbook");

        var outcome = new Quickfreeze(home).run("run", "--input", in.toString(), "--period", "2026-10");

        String log = Files.readString(home.resolve("logs/quickfreeze.log"), StandardCharsets.UTF_8);
        for (String shown : new String[] { outcome.stdout(), outcome.stderr(), log }) {
            assertThat(shown).doesNotContain("\u001b", "\u0007", "forged\nERROR");
        }
        assertThat(outcome.stdout()).contains("police\\u001b[2J\\u0007.csv", "forged\\u000aERROR run failed.xlsx");
        assertThat(log).contains("police\\u001b[2J\\u0007.csv");
    }

}
