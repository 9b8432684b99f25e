package org.quickfreeze.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.quickfreeze.benchmark.ParseFloor;
import org.quickfreeze.generate.ExportGenerator;
import org.quickfreeze.output.Console;
import org.quickfreeze.output.ReportTexts;
import org.quickfreeze.run.VisibleText;
import org.quickfreeze.schedule.ScheduledRuns;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line: parses it, starts the application with the Spring properties when the
 * command needs it, runs the command and turns the outcome into an exit status. Never
 * ends with a bare stack trace: every failure is one sentence.
 */
public class QuickfreezeCli {

    private static final String DEFAULT_MESSAGES = "config/messages";

    private static final String MESSAGES_PROPERTY = "--quickfreeze.messages=";

    private final Class<?> application;

    private final PrintStream out;

    private final PrintStream err;

    /**
     * @param application the Spring Boot application the commands that need the store run
     * in
     */
    public QuickfreezeCli(Class<?> application, PrintStream out, PrintStream err) {
        this.application = application;
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        Invocation commandLine;
        try {
            commandLine = Invocation.parse(args, LocalDate.now());
        }
        catch (UsageException ex) {
            err.println("quickfreeze: " + ex.getMessage());
            err.println("Run with --help for usage.");
            return ExitCodes.USAGE;
        }
        switch (commandLine.command()) {
            case Invocation.HELP -> {
                out.print(commandLine.help());
                return ExitCodes.DONE;
            }
            case Invocation.GENERATE -> {
                return generate(commandLine.generateOptions());
            }
            case Invocation.PARSE -> {
                return parse(commandLine.parseInputs());
            }
            case Invocation.MESSAGES -> {
                return messages(commandLine);
            }
            default -> {
                return withApplication(commandLine);
            }
        }
    }

    private int withApplication(Invocation commandLine) {
        List<String> springArguments = new ArrayList<>(commandLine.springArguments());
        boolean schedule = commandLine.command().equals(Invocation.SCHEDULE);
        if (schedule) {
            springArguments.add("--" + ScheduledRuns.ENABLED + "=true");
        }
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(application).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .listeners(new LogTroubleOnConsole(err))
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("console", new Console(out, err)))
                .run(springArguments.toArray(String[]::new));
        }
        catch (RuntimeException ex) {
            Optional<String> inUse = Failures.storeInUse(ex);
            if (inUse.isPresent()) {
                err.println("quickfreeze: " + VisibleText.of(inUse.get()));
                return ExitCodes.USAGE;
            }
            err.println("quickfreeze: cannot start: " + VisibleText.of(Failures.sentence(ex)));
            // a setting that cannot work is the configuration's error, as a bad option is
            return Failures.isSettingRefused(ex) ? ExitCodes.USAGE : ExitCodes.FAILED;
        }
        if (schedule) {
            return context.getBean(ScheduledRuns.class).awaitShutdown();
        }
        try (context) {
            if (commandLine.command().equals(Invocation.HISTORY)) {
                return context.getBean(HistoryCommand.class).print(out);
            }
            return context.getBean(RunCommand.class).run(commandLine.runOptions(), out, err);
        }
        catch (RuntimeException ex) {
            err.println("quickfreeze: " + Failures.sentence(ex));
            return ExitCodes.FAILED;
        }
    }

    /**
     * Prints a language's texts; a party's own file is looked for in
     * {@code --quickfreeze.messages=DIR} when given, else in {@code config/messages}.
     */
    private int messages(Invocation commandLine) {
        Path folder = Path.of(DEFAULT_MESSAGES);
        for (String arg : commandLine.springArguments()) {
            if (arg.startsWith(MESSAGES_PROPERTY)) {
                folder = Path.of(arg.substring(MESSAGES_PROPERTY.length()));
            }
        }
        try {
            out.println(ReportTexts.listing(commandLine.language(), folder));
            return ExitCodes.DONE;
        }
        catch (IllegalArgumentException ex) {
            err.println("quickfreeze: " + VisibleText.of(ex.getMessage()));
            return ExitCodes.USAGE;
        }
    }

    private int parse(List<Path> inputs) {
        try {
            ParseFloor.Parsed parsed = new ParseFloor().parse(inputs);
            out.printf(Locale.ROOT, "parse: %d files, %d records, %d cells in %.2f s (%.0f records/s)%n",
                    parsed.files(), parsed.records(), parsed.cells(), parsed.seconds(),
                    parsed.records() / Math.max(parsed.seconds(), 1e-9));
            return ExitCodes.DONE;
        }
        catch (IOException | UncheckedIOException ex) {
            err.println("quickfreeze: cannot read the exports: " + ex.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private int generate(GenerateOptions options) {
        try {
            var written = new ExportGenerator(options.seed(), options.dirty(), options.europeanOrders())
                .write(options.rows(), options.out());
            out.printf("Wrote %d rows (%d made bad on purpose) in %s%n", written.rows(), written.dirtyRows(),
                    String.join(", ", written.files().stream().map(Object::toString).toList()));
            return ExitCodes.DONE;
        }
        catch (IOException ex) {
            err.println("quickfreeze: cannot write the exports: " + ex.getMessage());
            return ExitCodes.FAILED;
        }
    }

}
