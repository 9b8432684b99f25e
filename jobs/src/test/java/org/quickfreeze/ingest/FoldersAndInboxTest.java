package org.quickfreeze.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
