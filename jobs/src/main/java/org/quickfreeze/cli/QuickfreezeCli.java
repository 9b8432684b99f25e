package org.quickfreeze.cli;

import java.io.PrintStream;
import java.time.LocalDate;

import org.quickfreeze.QuickfreezeApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line: parses it, starts the application with the Spring
 * properties, runs the command and turns the outcome into an exit status.
 * Never ends with a bare stack trace: every failure is one sentence.
 */
public class QuickfreezeCli {

    private final PrintStream out;

    private final PrintStream err;

    public QuickfreezeCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args, LocalDate.now());
        }
        catch (UsageException ex) {
            err.println("quickfreeze: " + ex.getMessage());
            err.println("Run with --help for usage.");
            return ExitCodes.USAGE;
        }
        if (commandLine.command().equals(CommandLine.HELP)) {
            out.print(Usage.TEXT);
            return ExitCodes.DONE;
        }
        ConfigurableApplicationContext context;
        try {
            context = new SpringApplicationBuilder(QuickfreezeApplication.class).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("console", new Console(out, err)))
                .run(commandLine.springArguments().toArray(String[]::new));
        }
        catch (RuntimeException ex) {
            err.println("quickfreeze: cannot start: " + Failures.sentence(ex));
            return ExitCodes.FAILED;
        }
        try (context) {
            return context.getBean(RunCommand.class).run(commandLine.runOptions(), out, err);
        }
    }
}
