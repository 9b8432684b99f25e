package org.quickfreeze.cli;

/** The text of {@code --help}. */
final class Usage {

    static final String TEXT = """
            Usage: java -jar quickfreeze.jar COMMAND [options] [--spring.property=value...]

            Quickfreeze reads case exports, matches MLA requests to the preservations
            they follow up, and writes the audit as of a day.

            Commands:
              run        one audit run
                --input PATH   an export file, or a folder of exports (repeatable); the
                               files stay where they are
                --inbox        read the inbox (quickfreeze.inbox) instead, and move each
                               file once loaded to archive/<day>/, or to failed/
                --as-of DAY    the day the audit describes, YYYY-MM-DD
                               (default: the last day of --period, else today)
                --period P     reporting period of the volume tables: 2026-10, 2026-Q3, 2026
                               or 2007-01-01..2008-10-31 (default: the month of --as-of)
                --party XX     ISO country code for rows without a party
                --out DIR      output folder (default: ./out)
                --force        run again although a run with the same inputs, day and
                               period has completed
                --restart      restart the last run that failed or was killed, from where
                               it stopped
                --dry-run      read and validate the inputs and the configuration only:
                               nothing is stored and no report is written
              schedule   stay running: the monthly and weekly runs on the inbox, at the times
                         of quickfreeze.schedule.monthly and .weekly (cron expressions)
              history    list past runs
              generate   write realistic sample exports
                --rows N       rows in all (three registers)
                --seed S       the same seed gives the same files (default 1)
                --out DIR      where to write them
                --dirty        mix in format variants and rows of every reject code
                --eu           add a fourth register of European Preservation and
                               Production Orders (Reg. (EU) 2023/1543)
              parse      read the CSV exports with Commons CSV only, touching every cell,
                         and print the time: the floor the benchmark compares a run with
                --input PATH   an export file or a folder (repeatable)
              help       this text

            Spring properties, e.g. --spring.datasource.url=jdbc:postgresql://host/db,
            --quickfreeze.follow-up-days=60, are passed on unchanged.

            Exit status: 0 done (rejected rows are not a failure), 2 bad usage or
            configuration, 3 some input file unusable (the others were processed),
            1 the run failed.
            """;

    private Usage() {
    }
}
