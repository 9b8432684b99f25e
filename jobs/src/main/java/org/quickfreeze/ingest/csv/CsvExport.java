package org.quickfreeze.ingest.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;
import org.quickfreeze.ingest.export.ExportHeader;
import org.quickfreeze.ingest.export.ExportRecord;
import org.quickfreeze.ingest.export.FileContent;
import org.quickfreeze.ingest.export.RecordLimits;
import org.quickfreeze.ingest.export.UnusableFile;
import org.quickfreeze.ingest.layout.RegisterMapping;

/**
 * A canonical CSV export: UTF-8 with or without a byte-order mark (or the encoding its
 * register mapping names, decoded strictly), a header line, {@code ,} or {@code ;} as
 * delimiter.
 */
public final class CsvExport {

    private static final char BOM = '\uFEFF';

    private static final int BUFFER = 64 * 1024;

    private final RecordLimits limits;

    public CsvExport(RecordLimits limits) {
        this.limits = limits;
    }

    /** What the header says, checked against the contract, and the file's encoding. */
    public record Layout(char delimiter, ExportHeader header, Charset encoding) {
    }

    /**
     * @throws UnusableFile when the file is not text in its encoding, has no header line,
     * or its header lacks a required column
     */
    public Layout inspect(Path file, FileContent content, @Nullable RegisterMapping mapping)
            throws UnusableFile, IOException {
        Charset encoding = mapping == null ? StandardCharsets.UTF_8 : mapping.encoding();
        if (content.firstNul() >= 0) {
            throw new UnusableFile("the file holds binary data (a NUL byte at byte " + content.firstNul()
                    + "), not CSV text: export the register again as 'CSV UTF-8'");
        }
        if (encoding.equals(StandardCharsets.UTF_8)) {
            if (content.firstBadUtf8() >= 0) {
                throw new UnusableFile("the file is not UTF-8: byte " + content.firstBadUtf8() + " ("
                        + byteAt(file, content.firstBadUtf8()) + ") is not UTF-8 text; save it again as 'CSV UTF-8', "
                        + "or name its encoding in its register mapping (encoding: windows-1250)");
            }
        }
        else {
            long bad = firstBadByte(file, encoding);
            if (bad >= 0) {
                throw new UnusableFile("the file is not " + encoding.name() + " as its register mapping "
                        + mapping.name() + " says: byte " + bad + " (" + byteAt(file, bad) + ") is no character of "
                        + encoding.name() + "; export the register again, or correct the encoding in the mapping");
            }
        }
        try (BufferedReader reader = open(file, encoding)) {
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
            return new Layout(delimiter, ExportHeader.of(cells.cells(), mapping), encoding);
        }
    }

    /** Reads the records after the header, the first on line 2. */
    public CsvRecordReader records(Path file, Layout layout) throws IOException {
        BufferedReader reader = open(file, layout.encoding());
        reader.readLine();
        return new CsvRecordReader(reader, layout.delimiter(), 2, limits);
    }

    private static BufferedReader open(Path file, Charset encoding) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), strict(encoding)),
                BUFFER);
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
        return reader;
    }

    private static CharsetDecoder strict(Charset encoding) {
        return encoding.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The position of the first byte that is no character of the encoding, or -1. */
    static long firstBadByte(Path file, Charset encoding) throws IOException {
        CharsetDecoder decoder = strict(encoding);
        ByteBuffer bytes = ByteBuffer.allocate(BUFFER + 16);
        CharBuffer chars = CharBuffer.allocate(2 * BUFFER + 16);
        long consumed = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] chunk = new byte[BUFFER];
            int n;
            while ((n = in.read(chunk)) > 0) {
                bytes.put(chunk, 0, n).flip();
                int before = bytes.position();
                CoderResult result = decoder.decode(bytes, chars, false);
                if (result.isError()) {
                    return consumed + bytes.position() - before;
                }
                consumed += bytes.position() - before;
                chars.clear();
                bytes.compact();
            }
            bytes.flip();
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, chars, true);
            if (result.isError()) {
                return consumed + bytes.position() - before;
            }
        }
        return -1;
    }

    /** A byte of the file as a clerk's hex editor shows it, {@code 0x9A}. */
    private static String byteAt(Path file, long position) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(position);
            int b = in.read();
            return b < 0 ? "the end of the file" : "0x" + HexFormat.of().withUpperCase().toHexDigits((byte) b);
        }
    }

}
