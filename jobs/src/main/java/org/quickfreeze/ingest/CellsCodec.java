package org.quickfreeze.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Keeps a row's cells as read in one text column, as a CSV record. */
public final class CellsCodec {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("").get();

    private CellsCodec() {
    }

    public static String encode(List<String> cells) {
        try {
            StringBuilder out = new StringBuilder();
            FORMAT.printRecord(out, cells.toArray());
            return out.toString();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public static List<String> decode(String text) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            List<CSVRecord> records = parser.getRecords();
            return records.isEmpty() ? List.of() : records.get(0).toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
