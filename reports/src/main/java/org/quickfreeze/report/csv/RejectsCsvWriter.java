package org.quickfreeze.report.csv;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVPrinter;
import org.quickfreeze.report.model.RejectRow;

/**
 * Writes {@code rejects-<D>.csv}: {@code file, line, code, message}, then the row's cells
 * as read. Files have different layouts, so the cell columns are named
 * {@code cell_1 … cell_N}, N being the widest rejected row.
 */
public final class RejectsCsvWriter implements AutoCloseable {

    private final CSVPrinter printer;

    public RejectsCsvWriter(Writer out, int cellColumns) throws IOException {
        List<String> header = new ArrayList<>(List.of("file", "line", "code", "message"));
        for (int i = 1; i <= cellColumns; i++) {
            header.add("cell_" + i);
        }
        this.printer = new CSVPrinter(out,
                FindingsCsvWriter.OutputCsv.FORMAT.builder().setHeader(header.toArray(String[]::new)).get());
    }

    public void write(RejectRow reject) throws IOException {
        List<Object> record = new ArrayList<>(4 + reject.cells().size());
        record.add(CsvCells.text(reject.file()));
        record.add(reject.line());
        record.add(reject.code());
        record.add(CsvCells.text(reject.message()));
        for (String cell : reject.cells()) {
            record.add(CsvCells.text(cell));
        }
        printer.printRecord(record);
    }

    /** Flushes; the stream belongs to the caller, who closes it. */
    @Override
    public void close() throws IOException {
        printer.flush();
    }

}
