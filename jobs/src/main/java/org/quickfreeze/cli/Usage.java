package org.quickfreeze.cli;

/** The text of {@code --help}. */
final class Usage {

    static final String TEXT = """
            Usage: java -jar quickfreeze.jar run --input PATH [--input PATH...] [options] [--spring.property=value...]

            Reads case exports, matches MLA requests to the preservations they follow up,
            and writes the audit as of a day.

              --input PATH     an export file, or a folder whose *.csv files are exports (repeatable)
              --as-of DAY      the day the audit describes, YYYY-MM-DD
                               (default: the last day of --period, else today)
              --period P       reporting period of the volume tables: 2026-10, 2026-Q3, 2026
                               or 2007-01-01..2008-10-31 (default: the month of --as-of)
              --party XX       ISO country code for rows without a party
              --out DIR        output folder (default: ./out)
              --help           this text

            Spring properties, e.g. --spring.datasource.url=jdbc:postgresql://host/db,
            --quickfreeze.follow-up-days=60, are passed on unchanged.

            Exit status: 0 done (rejected rows are not a failure), 2 bad usage,
            3 some input file unusable (the others were processed), 1 the job failed.
            """;

    private Usage() {
    }
}
