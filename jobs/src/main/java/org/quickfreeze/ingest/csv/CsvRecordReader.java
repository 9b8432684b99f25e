package org.quickfreeze.ingest.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.quickfreeze.ingest.export.Excerpt;
import org.quickfreeze.ingest.export.ExportRecord;
import org.quickfreeze.ingest.export.RecordLimits;
import org.quickfreeze.ingest.export.RecordSource;

/**
 * Reads an export record by record with Commons CSV, one physical line at a time so that
 * a line that cannot be read (an unterminated quote, a stray quote after a quoted cell)
 * costs that line only: the reader resumes at the next line. A record spans several lines
 * only while a quoted cell is open, and at most {@link RecordLimits#maxRecordLines()} of
 * them.
 */
public final class CsvRecordReader implements RecordSource {

    private static final char QUOTE = '"';

    /** Characters of a line too long to keep whole that its reject keeps. */
    private static final int EXCERPT_LENGTH = 200;

    private final BufferedReader lines;

    private final char delimiter;

    private final CSVFormat format;

    private final RecordLimits limits;

    /** Lines read ahead while looking for the end of a quoted cell, to be read again. */
    private final Deque<String> pushedBack = new ArrayDeque<>();

    private long nextLineNumber;

    public CsvRecordReader(BufferedReader lines, char delimiter, long firstLineNumber, RecordLimits limits) {
        this.lines = lines;
        this.limits = limits;
        this.nextLineNumber = firstLineNumber;
        this.delimiter = delimiter;
        this.format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
    }

    /**
     * @return the next record, or {@code null} at the end of the file
     */
    @Override
    public ExportRecord next() throws IOException {
        String first = nextLine();
        if (first == null) {
            return null;
        }
        long line = nextLineNumber++;
        if (first.isBlank()) {
            return new ExportRecord.Empty(line);
        }
        if (first.indexOf(QUOTE) < 0) {
            return checked(line, first, split(first));
        }
        StringBuilder text = new StringBuilder(first);
        List<String> continuation = new ArrayList<>();
        while (true) {
            Parse parse = parse(text.toString());
            if (parse.cells != null) {
                nextLineNumber += continuation.size();
                return checked(line, text.toString(), parse.cells);
            }
            if (!parse.quoteOpen && continuation.isEmpty()) {
                return new ExportRecord.Malformed(line, kept(first), parse.problem);
            }
            String more = parse.quoteOpen && continuation.size() + 1 < limits.maxRecordLines()
                    && text.length() < limits.maxRecordLength() ? nextLine() : null;
            if (more == null) {
                // The quote opened on the first line was never closed properly: that line
                // alone is lost, the lines read ahead are read again as records of their
                // own.
                for (int i = continuation.size() - 1; i >= 0; i--) {
                    pushedBack.push(continuation.get(i));
                }
                return new ExportRecord.Malformed(line, kept(first),
                        "a quote opened on this line is never closed; quote marks inside a cell must be doubled (\"\")");
            }
            continuation.add(more);
            text.append('\n').append(more);
        }
    }

    private ExportRecord checked(long line, String text, List<String> cells) {
        if (cells.size() > limits.maxColumns()) {
            return new ExportRecord.Malformed(line, kept(text),
                    "the line has " + cells.size() + " cells; at most " + limits.maxColumns() + " are read");
        }
        boolean allEmpty = true;
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.length() > limits.maxCellLength()) {
                return new ExportRecord.Malformed(line, Excerpt.of(text, EXCERPT_LENGTH), "cell " + (i + 1) + " has "
                        + cell.length() + " characters; at most " + limits.maxCellLength() + " are read");
            }
            allEmpty &= cell.isBlank();
        }
        return allEmpty ? new ExportRecord.Empty(line) : new ExportRecord.Cells(line, cells);
    }

    /**
     * A line without a quote mark is its cells between delimiters, exactly as Commons CSV
     * would read it; most lines are such, and splitting them spares a parser per line.
     */
    private List<String> split(String text) {
        List<String> cells = new ArrayList<>();
        int from = 0;
        int to;
        while ((to = text.indexOf(delimiter, from)) >= 0) {
            cells.add(text.substring(from, to));
            from = to + 1;
        }
        cells.add(text.substring(from));
        return cells;
    }

    private record Parse(List<String> cells, boolean quoteOpen, String problem) {
    }

    /**
     * The text of a malformed line as the reject keeps it: whole, unless longer than a
     * record may be.
     */
    private String kept(String text) {
        return text.length() <= limits.maxRecordLength() ? text : Excerpt.of(text, EXCERPT_LENGTH);
    }

    private Parse parse(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1) {
                return new Parse(null, false, "the line holds " + records.size() + " records");
            }
            return new Parse(records.get(0).toList(), false, null);
        }
        catch (IOException | UncheckedIOException | IllegalStateException ex) {
            String message = String.valueOf(ex.getMessage());
            if (message.contains("EOF reached before encapsulated token finished")) {
                return new Parse(null, true, null);
            }
            return new Parse(null, false,
                    "a quoted cell is followed by more text before the next delimiter; quote the whole cell and double the quote marks inside it");
        }
    }

    private String nextLine() throws IOException {
        return pushedBack.isEmpty() ? lines.readLine() : pushedBack.pop();
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

}
