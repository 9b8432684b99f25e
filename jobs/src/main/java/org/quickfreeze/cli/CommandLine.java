package org.quickfreeze.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.quickfreeze.run.ReportingPeriod;
import org.quickfreeze.ingest.validation.CountryCodes;

/**
 * Splits the command line into the command, its options and the Spring
 * properties ({@code --spring.datasource.url=…}, {@code --quickfreeze.…=…}),
 * which go to Spring Boot unchanged.
 */
public record CommandLine(String command, RunOptions runOptions, GenerateOptions generateOptions,
        List<Path> parseInputs, List<String> springArguments) {

    public static final String HELP = "help";

    public static final String RUN = "run";

    public static final String SCHEDULE = "schedule";

    public static final String HISTORY = "history";

    public static final String GENERATE = "generate";

    public static final String PARSE = "parse";

    private static final Set<String> COMMANDS = Set.of(HELP, RUN, SCHEDULE, HISTORY, GENERATE, PARSE);

    private static final Map<String, Set<String>> VALUED = Map.of(RUN,
            Set.of("--input", "--as-of", "--period", "--party", "--out"), GENERATE,
            Set.of("--rows", "--seed", "--out"), SCHEDULE, Set.of(), HISTORY, Set.of(), PARSE, Set.of("--input"));

    private static final Map<String, Set<String>> FLAGS = Map.of(RUN,
            Set.of("--force", "--restart", "--dry-run", "--inbox"),
            GENERATE, Set.of("--dirty", "--eu"), SCHEDULE, Set.of(), HISTORY, Set.of(), PARSE, Set.of());

    private static final CommandLine HELP_LINE = new CommandLine(HELP, null, null, null, List.of());

    public static CommandLine parse(String[] args, LocalDate today) throws UsageException {
        List<String> spring = new ArrayList<>();
        List<String> positional = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                return HELP_LINE;
            }
        }
        String command = null;
        Map<String, List<String>> values = new HashMap<>();
        Set<String> flags = new HashSet<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (command == null && !arg.startsWith("-")) {
                command = arg;
                if (!COMMANDS.contains(command)) {
                    throw new UsageException("unknown command '" + command + "'");
                }
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            Set<String> valued = command == null ? Set.of() : VALUED.getOrDefault(command, Set.of());
            Set<String> flagNames = command == null ? Set.of() : FLAGS.getOrDefault(command, Set.of());
            if (valued.contains(name)) {
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
                values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
            else if (flagNames.contains(arg)) {
                flags.add(arg);
            }
            else if (arg.startsWith("--") && arg.contains("=")) {
                spring.add(arg);
            }
            else if (arg.startsWith("-")) {
                throw new UsageException("unknown option " + arg + (command == null ? "" : " for " + command));
            }
            else {
                positional.add(arg);
            }
        }
        if (command == null || command.equals(HELP)) {
            return HELP_LINE;
        }
        if (!positional.isEmpty()) {
            throw new UsageException("unexpected argument '" + positional.get(0) + "'");
        }
        return switch (command) {
            case RUN -> new CommandLine(RUN, runOptions(values, flags, today), null, null, spring);
            case GENERATE -> new CommandLine(GENERATE, null, generateOptions(values, flags), null, spring);
            case PARSE -> new CommandLine(PARSE, null, null, parseInputs(values), spring);
            default -> new CommandLine(command, null, null, null, spring);
        };
    }

    private static String single(Map<String, List<String>> values, String name) throws UsageException {
        List<String> given = values.get(name);
        if (given == null) {
            return null;
        }
        if (given.size() > 1) {
            throw new UsageException(name + " is given twice");
        }
        return given.get(0);
    }

    private static List<Path> parseInputs(Map<String, List<String>> values) throws UsageException {
        List<String> inputs = values.getOrDefault("--input", List.of());
        if (inputs.isEmpty()) {
            throw new UsageException("parse needs at least one --input PATH");
        }
        return inputs.stream().map(Path::of).toList();
    }

    private static GenerateOptions generateOptions(Map<String, List<String>> values, Set<String> flags)
            throws UsageException {
        String rows = single(values, "--rows");
        String out = single(values, "--out");
        if (rows == null || out == null) {
            throw new UsageException("generate needs --rows N and --out DIR");
        }
        String seed = single(values, "--seed");
        try {
            long n = Long.parseLong(rows.replace("_", ""));
            if (n < 1) {
                throw new UsageException("--rows must be at least 1");
            }
            return new GenerateOptions(n, seed == null ? 1 : Long.parseLong(seed), Path.of(out),
                    flags.contains("--dirty"), flags.contains("--eu"));
        }
        catch (NumberFormatException ex) {
            throw new UsageException("--rows and --seed take whole numbers");
        }
    }

    private static RunOptions runOptions(Map<String, List<String>> values, Set<String> flags, LocalDate today)
            throws UsageException {
        boolean restart = flags.contains("--restart");
        List<Path> inputs = new ArrayList<>();
        for (String input : values.getOrDefault("--input", List.of())) {
            inputs.add(Path.of(input));
        }
        boolean inbox = flags.contains("--inbox");
        if (inputs.isEmpty() && !restart && !inbox) {
            throw new UsageException("run needs at least one --input PATH (a file or a folder of exports), or --inbox");
        }
        if (inbox && !inputs.isEmpty()) {
            throw new UsageException("run --inbox reads the inbox: give no --input");
        }
        if (restart && (!inputs.isEmpty() || values.containsKey("--as-of") || values.containsKey("--period"))) {
            throw new UsageException("run --restart takes the failed run's own inputs, day and period: give none");
        }
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new UsageException("--input " + input + " does not exist");
            }
        }
        ReportingPeriod period = null;
        String periodText = single(values, "--period");
        if (periodText != null) {
            try {
                period = ReportingPeriod.parse(periodText);
            }
            catch (IllegalArgumentException ex) {
                throw new UsageException("--period: " + ex.getMessage());
            }
        }
        LocalDate asOf;
        String asOfText = single(values, "--as-of");
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
        String partyText = single(values, "--party");
        if (partyText != null) {
            party = CountryCodes.normalized(partyText);
            if (!CountryCodes.isCode(party)) {
                throw new UsageException("--party '" + partyText + "' is not an ISO 3166-1 alpha-2 country code"
                        + CountryCodes.hint(party));
            }
        }
        String out = single(values, "--out");
        return new RunOptions(List.copyOf(inputs), asOf, period, party, Path.of(out == null ? "out" : out),
                flags.contains("--force"), restart, flags.contains("--dry-run"), inbox);
    }
}
