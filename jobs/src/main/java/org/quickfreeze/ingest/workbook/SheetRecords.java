package org.quickfreeze.ingest.workbook;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.quickfreeze.ingest.export.Excerpt;
import org.quickfreeze.ingest.export.ExportRecord;
import org.quickfreeze.ingest.export.RecordLimits;
import org.quickfreeze.ingest.export.RecordSource;
import org.quickfreeze.ingest.export.UnusableFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The records of a sheet, whatever the workbook format: a reader places cells in rows by
 * row and column number, and this turns them into records as a CSV reader gives them.
 * Rows absent between two rows, and empty rows, are empty lines; empty rows at the end,
 * which tools pad a sheet with, are no lines at all, so they are only given once a row
 * with text follows. A sheet whose structure breaks off in the middle ends with one
 * malformed record at the next line: the rows before it are kept, and the counts still
 * add up.
 */
abstract class SheetRecords implements RecordSource {

    private static final Logger log = LoggerFactory.getLogger(UnusableFile.DETAILS_LOGGER);

    private final Deque<ExportRecord> ready = new ArrayDeque<>();

    private final RecordLimits limits;

    private final long maxLine;

    private final String fileName;

    /** The last line given or held back as empty. */
    private long lastLine;

    /** Empty lines held back: they count only if a row with text follows. */
    private long emptyFrom;

    private long emptyCount;

    /** Empty lines to give before the rows ready: a row with text followed them. */
    private long emptyDueFrom;

    private long emptiesDue;

    private boolean ended;

    private long rowLine;

    private List<String> rowCells;

    private boolean rowTooWide;

    SheetRecords(RecordLimits limits, long maxLine, String fileName) {
        this.limits = limits;
        this.maxLine = maxLine;
        this.fileName = fileName;
    }

    /**
     * Reads on until at least one row has ended or the sheet is over.
     * @return {@code false} at the end of the sheet
     */
    protected abstract boolean readOn() throws Exception;

    @Override
    public final ExportRecord next() throws IOException {
        while (true) {
            if (emptiesDue > 0) {
                emptiesDue--;
                return new ExportRecord.Empty(emptyDueFrom++);
            }
            if (!ready.isEmpty()) {
                return ready.poll();
            }
            if (ended) {
                return null;
            }
            try {
                if (!readOn()) {
                    ended = true;
                }
            }
            catch (Exception | StackOverflowError ex) {
                ended = true;
                long line = lastLine + 1;
                log.warn("{}: the sheet cannot be read on from row {}: {}", fileName, line, ex.toString());
                ready.add(new ExportRecord.Malformed(line, "", WorkbookProblems.fromRow(line, ex)));
            }
        }
    }

    /** The line after the last row, for a row without a number. */
    protected final long nextLine() {
        return lastLine + 1;
    }

    /** Starts a row; a line before or at the last one is taken as the next line. */
    protected final void startRow(long line) throws DamagedSheet {
        long at = line > lastLine ? line : lastLine + 1;
        if (at > maxLine) {
            throw new DamagedSheet("row " + at + " is beyond the last row a sheet can have (" + maxLine + ")");
        }
        rowLine = at;
        rowCells = new ArrayList<>();
        rowTooWide = false;
    }

    /**
     * Places a cell of the current row; an empty cell needs no call. A column before or
     * at the last placed one follows it.
     */
    protected final void cell(int column, String value) {
        if (value.isEmpty()) {
            return;
        }
        int at = Math.max(column, rowCells.size());
        if (at >= limits.maxColumns()) {
            rowTooWide = true;
            return;
        }
        while (rowCells.size() < at) {
            rowCells.add("");
        }
        rowCells.add(value);
    }

    /**
     * The number of cells placed in the current row so far, the next column by default.
     */
    protected final int nextColumn() {
        return rowCells.size();
    }

    /** Ends the current row, given as many times as it is repeated. */
    protected final void endRow(long repeated) throws DamagedSheet {
        ExportRecord record = record(rowLine, rowCells, rowTooWide);
        long last = rowLine + Math.max(1, repeated) - 1;
        if (last > maxLine) {
            if (record instanceof ExportRecord.Empty) {
                last = maxLine;
            }
            else {
                throw new DamagedSheet("rows repeated up to row " + last + ", beyond the last row a sheet can have");
            }
        }
        if (record instanceof ExportRecord.Empty) {
            if (emptyCount == 0) {
                emptyFrom = lastLine + 1;
            }
            emptyCount += last - lastLine;
            lastLine = last;
            return;
        }
        if (emptyCount == 0) {
            emptyFrom = lastLine + 1;
        }
        // the lines skipped before this row are empty lines
        emptyCount += rowLine - lastLine - 1;
        flushEmpties();
        for (long line = rowLine; line <= last; line++) {
            ready.add(line == rowLine ? record : copy(record, line));
        }
        lastLine = last;
    }

    private void flushEmpties() {
        // readOn runs only once everything before is given, so nothing is due yet
        emptyDueFrom = emptyFrom;
        emptiesDue = emptyCount;
        emptyCount = 0;
    }

    private static ExportRecord copy(ExportRecord record, long line) {
        if (record instanceof ExportRecord.Cells cells) {
            return new ExportRecord.Cells(line, cells.cells());
        }
        ExportRecord.Malformed malformed = (ExportRecord.Malformed) record;
        return new ExportRecord.Malformed(line, malformed.text(), malformed.message());
    }

    private ExportRecord record(long line, List<String> cells, boolean tooWide) {
        if (tooWide) {
            return new ExportRecord.Malformed(line, String.join(",", cells.subList(0, Math.min(5, cells.size()))),
                    "the row has cells beyond column " + limits.maxColumns() + "; at most " + limits.maxColumns()
                            + " are read");
        }
        long length = 0;
        boolean allBlank = true;
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.length() > limits.maxCellLength()) {
                return new ExportRecord.Malformed(line, Excerpt.of(cell, 100), "cell " + (i + 1) + " has "
                        + cell.length() + " characters; at most " + limits.maxCellLength() + " are read");
            }
            length += cell.length();
            allBlank &= cell.isBlank();
        }
        // as for a CSV line: a row of hundreds of full cells is no request
        if (length > limits.maxRecordLength()) {
            return new ExportRecord.Malformed(line, Excerpt.of(String.join(",", cells), 200),
                    "the row holds " + length + " characters; at most " + limits.maxRecordLength() + " are read");
        }
        return allBlank ? new ExportRecord.Empty(line) : new ExportRecord.Cells(line, cells);
    }

    /** A sheet whose structure cannot be followed further. */
    static final class DamagedSheet extends Exception {

        DamagedSheet(String message) {
            super(message, null, false, false);
        }

    }

}
