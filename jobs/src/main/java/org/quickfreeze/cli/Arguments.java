package org.quickfreeze.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The commands and options of the command line, declared for picocli, which parses them
 * and writes the usage text from these declarations. Values are kept as typed so that
 * {@link Invocation} checks them with its own messages.
 */
final class Arguments {

    private Arguments() {
    }

    @Command(name = "quickfreeze", sortOptions = false, usageHelpAutoWidth = true,
            description = { "Reads case exports, matches MLA requests to the preservations they follow up, "
                    + "and writes the audit as of a day." },
            subcommands = {
                    Run.class, Schedule.class, History.class, Messages.class, Generate.class, Parse.class, Help.class },
            commandListHeading = "%nCommands:%n", footerHeading = "%n",
            footer = {
                    "Spring properties, e.g. --spring.datasource.url=jdbc:postgresql://host/db, "
                            + "--quickfreeze.follow-up-days=60, are passed on unchanged.",
                    "", "'quickfreeze COMMAND --help' describes one command." },
            exitCodeListHeading = "%nExit status:%n",
            exitCodeList = { "0:done (rejected rows are not a failure)", "2:bad usage or configuration",
                    "3:some input file unusable (the others were processed)",
                    "4:the outputs are written but a mail was not sent (run --restart sends it)", "1:the run failed" })
    static final class Quickfreeze {

        @Option(names = { "-h", "--help" }, usageHelp = true, description = "this text")
        boolean help;

    }

    @Command(name = "run", sortOptions = false, usageHelpAutoWidth = true, description = "one audit run")
    static final class Run {

        @Option(names = "--input", paramLabel = "PATH",
                description = "an export file, or a folder of exports (repeatable); the files stay where they are")
        List<Path> inputs = new ArrayList<>();

        @Option(names = "--inbox", description = "read the inbox (quickfreeze.inbox) instead, and move each file "
                + "once loaded to archive/<day>/, or to failed/")
        boolean inbox;

        @Option(names = "--as-of", paramLabel = "DAY",
                description = "the day the audit describes, YYYY-MM-DD (default: the last day of --period, else today)")
        String asOf;

        @Option(names = "--period", paramLabel = "P", description = "reporting period of the volume tables: "
                + "2026-10, 2026-Q3, 2026 or 2007-01-01..2008-10-31 (default: the month of --as-of)")
        String period;

        @Option(names = "--party", paramLabel = "XX", description = "ISO country code for rows without a party")
        String party;

        @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: ./out)")
        Path out;

        @Option(names = "--language", paramLabel = "LANG",
                description = "language of every report of the run: en, fr, or a party's own file in "
                        + "quickfreeze.messages (default: quickfreeze.language, en)")
        String language;

        @Option(names = "--deliver",
                description = "send the monthly mail at the end (quickfreeze.delivery.*), as a scheduled run does")
        boolean deliver;

        @Option(names = "--force",
                description = "run again although a run with the same inputs, day and period has completed")
        boolean force;

        @Option(names = "--restart",
                description = "restart the last run that failed or was killed, from where it stopped")
        boolean restart;

        @Option(names = "--dry-run", description = "read and validate the inputs and the configuration only: "
                + "nothing is stored and no report is written")
        boolean dryRun;

        @Option(names = { "-h", "--help" }, usageHelp = true, description = "this text")
        boolean help;

    }

    @Command(name = "schedule", usageHelpAutoWidth = true,
            description = "stay running: the monthly and weekly runs on the inbox, at the times of "
                    + "quickfreeze.schedule.monthly and .weekly (cron expressions)")
    static final class Schedule {

        @Option(names = { "-h", "--help" }, usageHelp = true, description = "this text")
        boolean help;

    }

    @Command(name = "history", usageHelpAutoWidth = true, description = "list past runs")
    static final class History {

        @Option(names = { "-h", "--help" }, usageHelp = true, description = "this text")
        boolean help;

    }

    @Command(name = "messages", usageHelpAutoWidth = true,
            description = "print the texts of the reports in a language (every key, with a comment saying where "
                    + "it appears): 'messages en' is where a translation starts")
    static final class Messages {

        @Parameters(arity = "0..1", paramLabel = "LANG", description = "the language (default: en)")
        String language;

        @Option(names = { "-h", "--help" }, usageHelp = true, description = "this text")
        boolean help;

    }

    @Command(name = "generate", sortOptions = false, usageHelpAutoWidth = true,
            description = "write realistic sample exports")
    static final class Generate {

        @Option(names = "--rows", paramLabel = "N", description = "rows in all (three registers)")
        String rows;

        @Option(names = "--seed", paramLabel = "S", description = "the same seed gives the same files (default 1)")
        String seed;

        @Option(names = "--out", paramLabel = "DIR", description = "where to write them")
        Path out;

        @Option(names = "--dirty", description = "mix in format variants and rows of every reject code")
        boolean dirty;

        @Option(names = "--eu", description = "add a fourth register of European Preservation and Production "
                + "Orders (Reg. (EU) 2023/1543)")
        boolean europeanOrders;

        @Option(names = { "-h", "--help" }, usageHelp = true, description = "this text")
        boolean help;

    }

    @Command(name = "parse", usageHelpAutoWidth = true,
            description = "read the CSV exports with Commons CSV only, touching every cell, and print the time: "
                    + "the floor the benchmark compares a run with")
    static final class Parse {

        @Option(names = "--input", paramLabel = "PATH", description = "an export file or a folder (repeatable)")
        List<Path> inputs = new ArrayList<>();

        @Option(names = { "-h", "--help" }, usageHelp = true, description = "this text")
        boolean help;

    }

    @Command(name = "help", usageHelpAutoWidth = true, description = "this text, or a command's: help COMMAND")
    static final class Help {

        @Parameters(arity = "0..1", paramLabel = "COMMAND", description = "the command to describe")
        String command;

    }

}
