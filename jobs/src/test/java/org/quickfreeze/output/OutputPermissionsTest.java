package org.quickfreeze.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Fixtures;
import org.quickfreeze.testsupport.Quickfreeze;

/**
 * The outputs that name cases are readable by their owner and group only, whatever the
 * umask of the account that runs Quickfreeze; the aggregates keep the umask's mode.
 */
class OutputPermissionsTest {

    @TempDir
    Path home;

    private static String mode(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    @Test
    void outputsThatNameCasesAreOwnerAndGroupOnlyUnderAnOpenUmask() throws Exception {
        Path in = Files.createDirectories(home.resolve("in"));
        for (String name : new String[] { "cp-police.csv", "moj-mla-register.csv", "CP-PROSECUTION.csv" }) {
            Files.copy(Fixtures.samples().resolve(name), in.resolve(name));
        }
        Files.copy(Fixtures.samples().resolve("registers"), in.resolve("registers"));
        for (String name : new String[] { "cp-police.yml", "moj.yml", "cp-prosecution.yml" }) {
            Files.copy(Fixtures.samples().resolve("registers").resolve(name), in.resolve("registers").resolve(name));
        }
        Files.writeString(in.resolve("broken.csv"), "no header of an export\n");
        Quickfreeze quickfreeze = new Quickfreeze(home);

        var outcome = quickfreeze.outcome(quickfreeze.startWithUmask("000", "run", "--input", in.toString(), "--period",
                "2026-10", "--party", "RO"));

        assertThat(outcome.exitCode()).as(outcome.stderr()).isEqualTo(3);
        Path out = quickfreeze.out();
        for (String internal : new String[] { "monthly-2026-10-31.pdf", "compliance-2026-10-31.xlsx",
                "findings-2026-10-31.csv", "rejects-2026-10-31.csv", "failed/broken.csv",
                "failed/broken.csv.reason.txt" }) {
            assertThat(mode(out.resolve(internal))).as(internal).isEqualTo("rw-r-----");
        }
        // aggregates only: the umask's own mode
        assertThat(mode(out.resolve("committee-2026-10.pdf"))).isEqualTo("rw-rw-rw-");
    }

    @Test
    void anotherModeIsTakenFromTheSettingAndAModeThatCannotWorkStopsTheStart() throws Exception {
        Quickfreeze quickfreeze = new Quickfreeze(home);
        var outcome = quickfreeze.outcome(quickfreeze.startWithUmask("000", "run", "--input",
                Fixtures.samples().resolve("cp-police.csv").toString(), "--period", "2026-10",
                "--quickfreeze.output-permissions=rw-rw----"));
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(mode(quickfreeze.out().resolve("findings-2026-10-31.csv"))).isEqualTo("rw-rw----");

        var refused = quickfreeze.outcome(quickfreeze.start("run", "--input",
                Fixtures.samples().resolve("cp-police.csv").toString(), "--quickfreeze.output-permissions=rw-r--r-x-"));
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.stderr()).isEqualTo("quickfreeze: cannot start: quickfreeze.output-permissions "
                + "'rw-r--r-x-' is not a file mode written as nine letters, such as rw-r-----\n");
        assertThat(refused.stdout()).doesNotContain("APPLICATION FAILED TO START");
    }

}
