package org.quickfreeze.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.quickfreeze.ingest.validation.CountryCodes;
import org.quickfreeze.run.ReportingPeriod;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine;

/**
 * What the command line asks for: the command, its options with defaults resolved, and
 * the Spring properties ({@code --spring.datasource.url=…}, {@code --quickfreeze.…=…}),
 * which go to Spring Boot unchanged. picocli parses the command line ({@link Arguments}
 * declares it); the checks of the values and their messages are this class's.
 *
 * @param help the usage text to print, for the {@code help} command
 * @param language the language whose texts to print, for the {@code messages} command
 */
public record Invocation(String command, @Nullable RunOptions runOptions, @Nullable GenerateOptions generateOptions,
        @Nullable List<Path> parseInputs, List<String> springArguments, @Nullable String help,
        @Nullable String language) {

    public static final String HELP = "help";

    public static final String RUN = "run";

    public static final String SCHEDULE = "schedule";

    public static final String HISTORY = "history";

    public static final String GENERATE = "generate";

    public static final String PARSE = "parse";

    public static final String MESSAGES = "messages";

    Invocation(String command, @Nullable RunOptions runOptions, @Nullable GenerateOptions generateOptions,
            @Nullable List<Path> parseInputs, List<String> springArguments, @Nullable String help) {
        this(command, runOptions, generateOptions, parseInputs, springArguments, help, null);
    }

    /** An option with its value in one argument: {@code --name=value}. */
    private static final Pattern NAME_AND_VALUE = Pattern.compile("(--[^=\\s]+)=.*", Pattern.DOTALL);

    public static Invocation parse(String[] args, LocalDate today) throws UsageException {
        CommandLine commandLine = new CommandLine(new Arguments.Quickfreeze());
        Set<String> declared = declaredOptions(commandLine, args);
        List<String> spring = new ArrayList<>();
        List<String> own = new ArrayList<>();
        for (String arg : args) {
            // what is not an option of the command goes to Spring:
            // --spring.datasource.url=…, --debug=true
            Matcher nameAndValue = NAME_AND_VALUE.matcher(arg);
            (nameAndValue.matches() && !declared.contains(nameAndValue.group(1)) ? spring : own).add(arg);
        }
        ParseResult parsed;
        try {
            parsed = commandLine.parseArgs(own.toArray(String[]::new));
        }
        catch (ParameterException ex) {
            throw new UsageException(message(ex));
        }
        if (!parsed.hasSubcommand() || commandLine.isUsageHelpRequested()) {
            return help(commandLine.getUsageMessage());
        }
        CommandLine sub = parsed.subcommand().commandSpec().commandLine();
        if (sub.isUsageHelpRequested()) {
            return help(sub.getUsageMessage());
        }
        Object command = sub.getCommand();
        if (command instanceof Arguments.Help help) {
            return help(usageOf(commandLine, help.command));
        }
        if (command instanceof Arguments.Run run) {
            RunOptions options = runOptions(run, today);
            if (run.language != null) {
                spring.addAll(languageOfEveryReport(run.language));
            }
            return new Invocation(RUN, options, null, null, spring, null);
        }
        if (command instanceof Arguments.Messages messages) {
            return new Invocation(MESSAGES, null, null, null, spring, null,
                    messages.language == null ? "en" : messages.language);
        }
        if (command instanceof Arguments.Generate generate) {
            return new Invocation(GENERATE, null, generateOptions(generate), null, spring, null);
        }
        if (command instanceof Arguments.Parse parse) {
            return new Invocation(PARSE, null, null, parseInputs(parse), spring, null);
        }
        return new Invocation(sub.getCommandName(), null, null, null, spring, null);
    }

    /**
     * The option names of the command the arguments name (the first that is not an
     * option), and --help.
     */
    private static Set<String> declaredOptions(CommandLine commandLine, String[] args) {
        Set<String> names = new HashSet<>(commandLine.getCommandSpec().optionsMap().keySet());
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                CommandLine command = commandLine.getSubcommands().get(arg);
                if (command != null) {
                    names.addAll(command.getCommandSpec().optionsMap().keySet());
                }
                break;
            }
        }
        return names;
    }

    /**
     * {@code --language} on {@code run}: the language of every report of the run, the
     * per-output settings included.
     */
    private static List<String> languageOfEveryReport(String tag) {
        List<String> properties = new ArrayList<>();
        for (String property : List.of("language", "languages.monthly", "languages.committee", "languages.workbook",
                "languages.eu-statistics")) {
            properties.add("--quickfreeze." + property + "=" + tag);
        }
        return properties;
    }

    private static Invocation help(String text) {
        return new Invocation(HELP, null, null, null, List.of(), text);
    }

    private static String usageOf(CommandLine commandLine, @Nullable String command) throws UsageException {
        if (command == null) {
            return commandLine.getUsageMessage();
        }
        CommandLine sub = commandLine.getSubcommands().get(command);
        if (sub == null) {
            throw new UsageException("unknown command '" + command + "'" + suggestion(commandLine, command));
        }
        return sub.getUsageMessage();
    }

    /**
     * picocli's reasons in the words this command line has always used, with its
     * suggestion for a misspelling.
     */
    private static String message(ParameterException ex) {
        CommandLine where = ex.getCommandLine();
        boolean topLevel = where.getParent() == null;
        if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String arg = unmatched.getUnmatched().get(0);
            String hint = unmatched.getSuggestions().isEmpty() ? ""
                    : " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
            if (arg.startsWith("-")) {
                String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
                return "unknown option " + name + (topLevel ? "" : " for " + where.getCommandName()) + hint;
            }
            return (topLevel ? "unknown command '" + arg + "'" : "unexpected argument '" + arg + "'") + hint;
        }
        if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            return name(missing.getMissing().get(0)) + " needs a value";
        }
        if (ex instanceof OverwrittenOptionException overwritten) {
            return name(overwritten.getOverwritten()) + " is given twice";
        }
        return ex.getMessage();
    }

    private static String suggestion(CommandLine commandLine, String command) {
        List<String> close = commandLine.getSubcommands()
            .keySet()
            .stream()
            .filter(name -> name.startsWith(command.substring(0, Math.min(2, command.length()))))
            .toList();
        return close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)";
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? option.longestName() : spec.paramLabel();
    }

    private static List<Path> parseInputs(Arguments.Parse parse) throws UsageException {
        if (parse.inputs.isEmpty()) {
            throw new UsageException("parse needs at least one --input PATH");
        }
        return List.copyOf(parse.inputs);
    }

    private static GenerateOptions generateOptions(Arguments.Generate generate) throws UsageException {
        if (generate.rows == null || generate.out == null) {
            throw new UsageException("generate needs --rows N and --out DIR");
        }
        try {
            long n = Long.parseLong(generate.rows.replace("_", ""));
            if (n < 1) {
                throw new UsageException("--rows must be at least 1");
            }
            return new GenerateOptions(n, generate.seed == null ? 1 : Long.parseLong(generate.seed), generate.out,
                    generate.dirty, generate.europeanOrders);
        }
        catch (NumberFormatException ex) {
            throw new UsageException("--rows and --seed take whole numbers");
        }
    }

    private static RunOptions runOptions(Arguments.Run run, LocalDate today) throws UsageException {
        List<Path> inputs = run.inputs;
        if (inputs.isEmpty() && !run.restart && !run.inbox) {
            throw new UsageException("run needs at least one --input PATH (a file or a folder of exports), or --inbox");
        }
        if (run.inbox && !inputs.isEmpty()) {
            throw new UsageException("run --inbox reads the inbox: give no --input");
        }
        if (run.restart && run.deliver) {
            throw new UsageException("run --restart sends the mail the failed run was to send: give no --deliver");
        }
        if (run.restart && (!inputs.isEmpty() || run.asOf != null || run.period != null)) {
            throw new UsageException("run --restart takes the failed run's own inputs, day and period: give none");
        }
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                throw new UsageException("--input " + input + " does not exist");
            }
        }
        ReportingPeriod period = null;
        if (run.period != null) {
            try {
                period = ReportingPeriod.parse(run.period);
            }
            catch (IllegalArgumentException ex) {
                throw new UsageException("--period: " + ex.getMessage());
            }
        }
        LocalDate asOf;
        if (run.asOf != null) {
            try {
                asOf = LocalDate.parse(run.asOf);
            }
            catch (DateTimeParseException ex) {
                throw new UsageException("--as-of '" + run.asOf + "' is not a day written YYYY-MM-DD");
            }
        }
        else {
            asOf = period != null ? period.to() : today;
        }
        if (period == null) {
            period = ReportingPeriod.monthOf(asOf);
        }
        String party = null;
        if (run.party != null) {
            party = CountryCodes.normalized(run.party);
            if (!CountryCodes.isCode(party)) {
                throw new UsageException("--party '" + run.party + "' is not an ISO 3166-1 alpha-2 country code"
                        + CountryCodes.hint(party));
            }
        }
        return new RunOptions(List.copyOf(inputs), asOf, period, party, run.out == null ? Path.of("out") : run.out,
                run.force, run.restart, run.dryRun, run.inbox, run.deliver);
    }
}
