package org.quickfreeze.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.quickfreeze.generate.ExportGenerator;

/**
 * What the fault tests compare with: generated exports (bad rows included), and the
 * outputs of a run of them that nothing interrupted.
 */
public final class UninterruptedRun {

    private static final String PERIOD = "2026-10";

    private static final List<String> CSV_OUTPUTS = List.of("findings-2026-10-31.csv", "rejects-2026-10-31.csv");

    private final Path inputs;

    private final Quickfreeze quickfreeze;

    private final Quickfreeze.Outcome outcome;

    private UninterruptedRun(Path inputs, Quickfreeze quickfreeze, Quickfreeze.Outcome outcome) {
        this.inputs = inputs;
        this.quickfreeze = quickfreeze;
        this.outcome = outcome;
    }

    /**
     * Generates the exports in {@code home/in} and runs them, uninterrupted, in
     * {@code home/uninterrupted}.
     */
    public static UninterruptedRun of(Path home, long seed, int rows) throws IOException {
        Path inputs = home.resolve("in");
        new ExportGenerator(seed, true).write(rows, inputs);
        Quickfreeze quickfreeze = new Quickfreeze(home.resolve("uninterrupted"));
        var outcome = quickfreeze.run(command(inputs));
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        return new UninterruptedRun(inputs, quickfreeze, outcome);
    }

    /** What the run printed: the per-file counts and the summary. */
    public String summary() {
        return outcome.stdout();
    }

    public Path out() {
        return quickfreeze.out();
    }

    /** The command line of the run of these exports. */
    public String[] command() {
        return command(inputs);
    }

    private static String[] command(Path inputs) {
        return new String[] { "run", "--input", inputs.toString(), "--period", PERIOD };
    }

    /** The CSV outputs in {@code out} are the uninterrupted run's, byte for byte. */
    public void assertSameCsvOutputsIn(Path out) throws IOException {
        for (String output : CSV_OUTPUTS) {
            assertThat(Files.mismatch(out.resolve(output), out().resolve(output)))
                .as(output + " equals the uninterrupted run's")
                .isEqualTo(-1L);
        }
    }

    /**
     * No output of a run under its final name, nor a draft, in {@code out}, which may not
     * even exist.
     */
    public static void assertNoOutputIn(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("outputs and drafts left in " + out)
                .noneMatch(name -> name.matches("\\.?(findings|rejects|compliance|monthly|committee)-.*"));
        }
        catch (NoSuchFileException ex) {
            // nothing was written at all
        }
    }

}
