package org.quickfreeze.ingest.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.quickfreeze.ingest.export.ExportHeader;
import org.quickfreeze.ingest.export.ExportRecord;
import org.quickfreeze.ingest.export.FileContent;
import org.quickfreeze.ingest.export.RecordLimits;
import org.quickfreeze.ingest.export.UnusableFile;
import org.quickfreeze.ingest.layout.RegisterMapping;

/**
 * A canonical CSV export: UTF-8 with or without a byte-order mark, a header line,
 * {@code ,} or {@code ;} as delimiter.
 */
public final class CsvExport {

    private static final char BOM = '\uFEFF';

    private final RecordLimits limits;

    public CsvExport(RecordLimits limits) {
        this.limits = limits;
    }

    /** What the header says, checked against the contract. */
    public record Layout(char delimiter, ExportHeader header) {
    }

    /**
     * @throws UnusableFile when the file is not UTF-8 text, has no header line, or its
     * header lacks a required column
     */
    public Layout inspect(Path file, FileContent content, RegisterMapping mapping) throws UnusableFile, IOException {
        if (content.size() == 0) {
            throw new UnusableFile("the file is empty (0 bytes): export the register again");
        }
        if (content.zip()) {
            throw new UnusableFile("the file is a zip archive (an Excel workbook named otherwise?), not a CSV export: "
                    + "name it .xlsx or save it as 'CSV UTF-8'");
        }
        if (content.firstNul() >= 0) {
            throw new UnusableFile("the file holds binary data (a NUL byte at byte " + content.firstNul()
                    + "), not CSV text: export the register again as 'CSV UTF-8'");
        }
        if (content.firstBadUtf8() >= 0) {
            throw new UnusableFile("the file is not UTF-8 (invalid byte sequence at byte " + content.firstBadUtf8()
                    + "): save it again as 'CSV UTF-8'");
        }
        try (BufferedReader reader = open(file)) {
            String headerLine = reader.readLine();
            if (headerLine == null || headerLine.isBlank()) {
                throw new UnusableFile("the file has no header line: its first line must name the columns");
            }
            char delimiter = Delimiters.detect(headerLine);
            ExportRecord header = new CsvRecordReader(new BufferedReader(new StringReader(headerLine)), delimiter, 1,
                    limits)
                .next();
            if (!(header instanceof ExportRecord.Cells cells)) {
                throw new UnusableFile("the header line cannot be read as CSV"
                        + (header instanceof ExportRecord.Malformed m ? ": " + m.message() : ""));
            }
            return new Layout(delimiter, ExportHeader.of(cells.cells(), mapping));
        }
    }

    /** Reads the records after the header, the first on line 2. */
    public CsvRecordReader records(Path file, Layout layout) throws IOException {
        BufferedReader reader = open(file);
        reader.readLine();
        return new CsvRecordReader(reader, layout.delimiter(), 2, limits);
    }

    private static BufferedReader open(Path file) throws IOException {
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 64 * 1024);
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
        return reader;
    }

}
