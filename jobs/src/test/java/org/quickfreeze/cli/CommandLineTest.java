package org.quickfreeze.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.Quickfreeze;

class CommandLineTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    @TempDir
    Path home;

    @Test
    void manualRunDescribesTodayAndTheMonthContainingIt() throws UsageException {
        RunOptions options = CommandLine.parse(new String[] { "run", "--input", home.toString() }, TODAY).runOptions();
        assertThat(options.asOf()).isEqualTo(TODAY);
        assertThat(options.period().label()).isEqualTo("2026-11");
        assertThat(options.out()).isEqualTo(Path.of("out"));
    }

    @Test
    void periodWithoutAsOfDescribesThePeriodsLastDay() throws UsageException {
        RunOptions options = CommandLine
            .parse(new String[] { "run", "--input=" + home, "--period", "2007-01-01..2008-10-31" }, TODAY)
            .runOptions();
        assertThat(options.asOf()).isEqualTo(LocalDate.parse("2008-10-31"));
        assertThat(options.period().fileLabel()).isEqualTo("2007-01-01_2008-10-31");
    }

    @Test
    void springPropertiesArePassedOn() throws UsageException {
        CommandLine line = CommandLine.parse(new String[] { "run", "--input", home.toString(), "--party", "ro",
                "--spring.datasource.url=jdbc:h2:mem:x", "--quickfreeze.due-soon-days=7" }, TODAY);
        assertThat(line.springArguments()).containsExactly("--spring.datasource.url=jdbc:h2:mem:x",
                "--quickfreeze.due-soon-days=7");
        assertThat(line.runOptions().party()).isEqualTo("RO");
    }

    @Test
    void badUsageSaysWhatIsWrongInOneLine() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] { "run" }, TODAY))
            .hasMessage("run needs at least one --input PATH (a file or a folder of exports), or --inbox");
        assertThatThrownBy(() -> CommandLine.parse(new String[] { "run", "--input", "/no/such/folder" }, TODAY))
            .hasMessage("--input /no/such/folder does not exist");
        assertThatThrownBy(
                () -> CommandLine.parse(new String[] { "run", "--input", home.toString(), "--as-of", "31/10/2026" },
                        TODAY))
            .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(
                () -> CommandLine.parse(new String[] { "run", "--input", home.toString(), "--party", "UK" }, TODAY))
            .hasMessageContaining("ISO 3166-1 writes GB");
        assertThatThrownBy(() -> CommandLine.parse(new String[] { "audit" }, TODAY))
            .hasMessage("unknown command 'audit'");
    }

    @Test
    void badUsageExitsWithTwoAndHelpWithZero() {
        Quickfreeze quickfreeze = new Quickfreeze(home);
        var bad = quickfreeze.run("run", "--input", home.toString(), "--period", "Q3");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.stderr()).startsWith("quickfreeze: --period: period 'Q3' is not a month");
        assertThat(bad.stderr().lines()).hasSize(2);

        var help = quickfreeze.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.stdout()).contains("Usage: java -jar quickfreeze.jar COMMAND", "--input PATH");
    }

    @Test
    void unreachableDatabaseFailsWithOneSentence() {
        var outcome = new Quickfreeze(home).run("run", "--input", home.toString(),
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none", "--spring.datasource.hikari.connection-timeout=1000");
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.stderr()).startsWith("quickfreeze: ");
        assertThat(outcome.stderr()).doesNotContain("\tat ");
    }
}
