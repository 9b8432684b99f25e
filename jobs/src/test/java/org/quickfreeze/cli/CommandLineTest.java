package org.quickfreeze.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Quickfreeze;

class CommandLineTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    @TempDir
    Path home;

    @Test
    void manualRunDescribesTodayAndTheMonthContainingIt() throws UsageException {
        RunOptions options = Invocation.parse(new String[] { "run", "--input", home.toString() }, TODAY).runOptions();
        assertThat(options.asOf()).isEqualTo(TODAY);
        assertThat(options.period().label()).isEqualTo("2026-11");
        assertThat(options.out()).isEqualTo(Path.of("out"));
    }

    @Test
    void periodWithoutAsOfDescribesThePeriodsLastDay() throws UsageException {
        RunOptions options = Invocation
            .parse(new String[] { "run", "--input=" + home, "--period", "2007-01-01..2008-10-31" }, TODAY)
            .runOptions();
        assertThat(options.asOf()).isEqualTo(LocalDate.parse("2008-10-31"));
        assertThat(options.period().fileLabel()).isEqualTo("2007-01-01_2008-10-31");
    }

    @Test
    void springPropertiesArePassedOn() throws UsageException {
        Invocation line = Invocation.parse(new String[] { "run", "--input", home.toString(), "--party", "ro",
                "--spring.datasource.url=jdbc:h2:mem:x", "--quickfreeze.due-soon-days=7", "--debug=true",
                "--out=elsewhere" }, TODAY);
        assertThat(line.springArguments()).containsExactly("--spring.datasource.url=jdbc:h2:mem:x",
                "--quickfreeze.due-soon-days=7", "--debug=true");
        assertThat(line.runOptions().out()).isEqualTo(Path.of("elsewhere"));
        assertThat(line.runOptions().party()).isEqualTo("RO");
    }

    @Test
    void badUsageSaysWhatIsWrongInOneLine() {
        assertThatThrownBy(() -> Invocation.parse(new String[] { "run" }, TODAY))
            .hasMessage("run needs at least one --input PATH (a file or a folder of exports), or --inbox");
        assertThatThrownBy(() -> Invocation.parse(new String[] { "run", "--input", "/no/such/folder" }, TODAY))
            .hasMessage("--input /no/such/folder does not exist");
        assertThatThrownBy(() -> Invocation
            .parse(new String[] { "run", "--input", home.toString(), "--as-of", "31/10/2026" }, TODAY))
            .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(
                () -> Invocation.parse(new String[] { "run", "--input", home.toString(), "--party", "UK" }, TODAY))
            .hasMessageContaining("ISO 3166-1 writes GB");
        assertThatThrownBy(() -> Invocation.parse(new String[] { "audit" }, TODAY))
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
        assertThat(help.stdout()).contains("Usage: quickfreeze", "Commands:", "run", "generate", "Exit status:",
                "3   some input file unusable");
    }

    @Test
    void eachCommandHasItsOwnHelp() throws UsageException {
        String runHelp = Invocation.parse(new String[] { "run", "--help" }, TODAY).help();
        assertThat(runHelp).contains("Usage: quickfreeze run", "--input=PATH", "--as-of=DAY", "--dry-run")
            .doesNotContain("--rows");
        assertThat(Invocation.parse(new String[] { "help", "generate" }, TODAY).help())
            .contains("Usage: quickfreeze generate", "--rows=N", "--eu");
        assertThat(Invocation.parse(new String[] {}, TODAY).command()).isEqualTo(Invocation.HELP);
    }

    @Test
    void misspeltOptionIsRefusedWithASuggestion() {
        assertThatThrownBy(() -> Invocation.parse(new String[] { "run", "--inptu", home.toString() }, TODAY))
            .hasMessageStartingWith("unknown option --inptu for run")
            .hasMessageContaining("did you mean --input");
        assertThatThrownBy(() -> Invocation.parse(
                new String[] { "run", "--input", home.toString(), "--period", "2026-10", "--period", "2026-11" },
                TODAY))
            .hasMessage("--period is given twice");
        assertThatThrownBy(() -> Invocation.parse(new String[] { "run", "--input" }, TODAY))
            .hasMessage("--input needs a value");
        assertThatThrownBy(() -> Invocation.parse(new String[] { "run", "--input", home.toString(), "extra" }, TODAY))
            .hasMessageStartingWith("unexpected argument 'extra'");
    }

    @Test
    void generateAndParseKeepTheirDefaultsAndChecks() throws UsageException {
        GenerateOptions generate = Invocation
            .parse(new String[] { "generate", "--rows", "1_000", "--out", home.toString(), "--eu" }, TODAY)
            .generateOptions();
        assertThat(generate).isEqualTo(new GenerateOptions(1000, 1, home, false, true));
        assertThatThrownBy(() -> Invocation.parse(new String[] { "generate", "--rows", "ten", "--out", "x" }, TODAY))
            .hasMessage("--rows and --seed take whole numbers");
        assertThatThrownBy(() -> Invocation.parse(new String[] { "parse" }, TODAY))
            .hasMessage("parse needs at least one --input PATH");
    }

    @Test
    void unreachableDatabaseFailsWithOneSentence() {
        var outcome = new Quickfreeze(home).run("run", "--input", home.toString(),
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/none",
                "--spring.datasource.hikari.connection-timeout=1000");
        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.stderr())
            .startsWith("quickfreeze: cannot start: the database cannot be used (check spring.datasource.url): ");
        assertThat(outcome.stderr()).doesNotContain("\tat ");
    }

    @Test
    void wrongDatabasePasswordPointsAtTheLoginNotTheUrl() {
        Quickfreeze quickfreeze = new Quickfreeze(home);
        assertThat(quickfreeze.run("history").exitCode()).isZero();

        var outcome = quickfreeze.run("history", "--spring.datasource.password=wrong");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.stderr().strip().lines()).as(outcome.stderr()).hasSize(1);
        assertThat(outcome.stderr()).startsWith("quickfreeze: cannot start: the database does not accept the login "
                + "(check spring.datasource.username and spring.datasource.password): Wrong user name or password");
    }

}
