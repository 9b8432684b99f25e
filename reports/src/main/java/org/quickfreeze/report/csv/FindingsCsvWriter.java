package org.quickfreeze.report.csv;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.quickfreeze.report.model.FindingRow;

/**
 * Writes {@code findings-<D>.csv}: one row per preservation, columns and order of the
 * compliance rules.
 */
public final class FindingsCsvWriter implements AutoCloseable {

    public static final String[] HEADER = { "register", "request_id", "party", "direction", "counterpart",
            "requested_on", "start_on", "follow_up_register", "follow_up_id", "follow_up_on", "link", "delay_days",
            "age_days", "days_left", "state", "severity" };

    private final CSVPrinter printer;

    public FindingsCsvWriter(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, OutputCsv.FORMAT.builder().setHeader(HEADER).get());
    }

    public void write(FindingRow f) throws IOException {
        printer.printRecord(CsvCells.text(f.register()), CsvCells.text(f.requestId()), CsvCells.text(f.party()),
                f.direction(), CsvCells.text(f.counterpart()), date(f.requestedOn()), date(f.startOn()),
                CsvCells.text(f.followUpRegister()), CsvCells.text(f.followUpId()), date(f.followUpOn()),
                nullToEmpty(f.link()), number(f.delayDays()), number(f.ageDays()), number(f.daysLeft()), f.state(),
                nullToEmpty(f.severity()));
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String number(Integer n) {
        return n == null ? "" : n.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Flushes; the stream belongs to the caller, who closes it. */
    @Override
    public void close() throws IOException {
        printer.flush();
    }

    static final class OutputCsv {

        static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

        private OutputCsv() {
        }

    }

}
