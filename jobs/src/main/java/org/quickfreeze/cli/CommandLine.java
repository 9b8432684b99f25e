package org.quickfreeze.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.quickfreeze.audit.ReportingPeriod;
import org.quickfreeze.ingest.CountryCodes;

/**
 * Splits the command line into the command, its options and the Spring
 * properties ({@code --spring.datasource.url=…}, {@code --quickfreeze.…=…}),
 * which go to Spring Boot unchanged.
 */
public record CommandLine(String command, RunOptions runOptions, List<String> springArguments) {

    public static final String HELP = "help";

    public static final String RUN = "run";

    private static final Set<String> OPTIONS = Set.of("--input", "--as-of", "--period", "--party", "--out");

    public static CommandLine parse(String[] args, LocalDate today) throws UsageException {
        List<String> spring = new ArrayList<>();
        List<String> positional = new ArrayList<>();
        List<Path> inputs = new ArrayList<>();
        String asOf = null;
        String period = null;
        String party = null;
        String out = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--help") || arg.equals("-h")) {
                return new CommandLine(HELP, null, List.of());
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (OPTIONS.contains(name)) {
                String value;
                if (arg.contains("=")) {
                    value = arg.substring(arg.indexOf('=') + 1);
                }
                else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                    value = args[++i];
                }
                else {
                    throw new UsageException(name + " needs a value");
                }
                switch (name) {
                    case "--input" -> inputs.add(Path.of(value));
                    case "--as-of" -> asOf = value;
                    case "--period" -> period = value;
                    case "--party" -> party = value;
                    default -> out = value;
                }
            }
            else if (arg.startsWith("--") && arg.contains("=")) {
                spring.add(arg);
            }
            else if (arg.startsWith("-")) {
                throw new UsageException("unknown option " + arg);
            }
            else {
                positional.add(arg);
            }
        }
        if (positional.isEmpty()) {
            return new CommandLine(HELP, null, List.of());
        }
        String command = positional.get(0);
        if (command.equals(HELP)) {
            return new CommandLine(HELP, null, List.of());
        }
        if (!command.equals(RUN)) {
            throw new UsageException("unknown command '" + command + "'");
        }
        if (positional.size() > 1) {
            throw new UsageException("unexpected argument '" + positional.get(1) + "'");
        }
        return new CommandLine(RUN, runOptions(inputs, asOf, period, party, out, today), spring);
    }

    private static RunOptions runOptions(List<Path> inputs, String asOfText, String periodText, String partyText,
            String outText, LocalDate today) throws UsageException {
        if (inputs.isEmpty()) {
            throw new UsageException("run needs at least one --input PATH (a file or a folder of exports)");
        }
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new UsageException("--input " + input + " does not exist");
            }
        }
        ReportingPeriod period = null;
        if (periodText != null) {
            try {
                period = ReportingPeriod.parse(periodText);
            }
            catch (IllegalArgumentException ex) {
                throw new UsageException("--period: " + ex.getMessage());
            }
        }
        LocalDate asOf;
        if (asOfText != null) {
            try {
                asOf = LocalDate.parse(asOfText);
            }
            catch (DateTimeParseException ex) {
                throw new UsageException("--as-of '" + asOfText + "' is not a day written YYYY-MM-DD");
            }
        }
        else {
            asOf = period != null ? period.to() : today;
        }
        if (period == null) {
            period = ReportingPeriod.monthOf(asOf);
        }
        String party = null;
        if (partyText != null) {
            party = CountryCodes.normalized(partyText);
            if (!CountryCodes.isCode(party)) {
                throw new UsageException("--party '" + partyText + "' is not an ISO 3166-1 alpha-2 country code"
                        + CountryCodes.hint(party.toUpperCase(Locale.ROOT)));
            }
        }
        Path out = Path.of(outText == null ? "out" : outText);
        return new RunOptions(List.copyOf(inputs), asOf, period, party, out);
    }
}
