package org.quickfreeze.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.quickfreeze.ingest.export.ExportRecord;
import org.quickfreeze.ingest.export.RecordLimits;

class CsvRecordReaderTest {

    private static List<ExportRecord> read(String text, char delimiter) throws IOException {
        CsvRecordReader reader = new CsvRecordReader(new BufferedReader(new StringReader(text)), delimiter, 2,
                RecordLimits.DEFAULT);
        List<ExportRecord> records = new ArrayList<>();
        for (ExportRecord r = reader.next(); r != null; r = reader.next()) {
            records.add(r);
        }
        return records;
    }

    @Test
    void plainRecordsAreNumberedFromLineTwo() throws IOException {
        List<ExportRecord> records = read("a,b,c\nd,e,f\n", ',');
        assertThat(records).hasSize(2);
        assertThat(records.get(0)).isEqualTo(new ExportRecord.Cells(2, List.of("a", "b", "c")));
        assertThat(records.get(1).line()).isEqualTo(3);
    }

    @Test
    void quotedCellMaySpanLinesAndHoldDelimitersAndQuotes() throws IOException {
        List<ExportRecord> records = read("a;\"x; \"\"y\"\"\nz\";c\nd;e;f\n", ';');
        assertThat(records.get(0)).isEqualTo(new ExportRecord.Cells(2, List.of("a", "x; \"y\"\nz", "c")));
        assertThat(records.get(1).line()).isEqualTo(4);
    }

    @Test
    void emptyLinesAndLinesOfOnlyDelimitersAreEmpty() throws IOException {
        List<ExportRecord> records = read("a,b\n\n   \n,,,\nc,d\n", ',');
        assertThat(records).extracting(r -> r.getClass().getSimpleName())
            .containsExactly("Cells", "Empty", "Empty", "Empty", "Cells");
        assertThat(records.get(4).line()).isEqualTo(6);
    }

    @Test
    void unterminatedQuoteCostsItsLineOnlyAndReadingResumesAtTheNextLine() throws IOException {
        List<ExportRecord> records = read("a,b\nP1,\"open quote,c\nP2,x,y\nP3,z,w\n", ',');
        assertThat(records).hasSize(4);
        assertThat(records.get(1)).isInstanceOf(ExportRecord.Malformed.class);
        assertThat(records.get(1).line()).isEqualTo(3);
        assertThat(((ExportRecord.Malformed) records.get(1)).text()).isEqualTo("P1,\"open quote,c");
        assertThat(records.get(2)).isEqualTo(new ExportRecord.Cells(4, List.of("P2", "x", "y")));
        assertThat(records.get(3)).isEqualTo(new ExportRecord.Cells(5, List.of("P3", "z", "w")));
    }

    @Test
    void strayQuoteClosedFarBelowDoesNotSwallowTheLinesBetween() throws IOException {
        List<ExportRecord> records = read("P1,\"open,c\nP2,x,y\nP3,\"z\"w,v\nP4,a,b\n", ',');
        assertThat(records).extracting(ExportRecord::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(records.get(0)).isInstanceOf(ExportRecord.Malformed.class);
        assertThat(records.get(1)).isInstanceOf(ExportRecord.Cells.class);
        assertThat(records.get(2)).isInstanceOf(ExportRecord.Malformed.class);
        assertThat(records.get(3)).isInstanceOf(ExportRecord.Cells.class);
    }

    @Test
    void textAfterAClosingQuoteIsMalformed() throws IOException {
        List<ExportRecord> records = read("P1,\"04/03/2026\"x,c\nP2,a,b\n", ',');
        assertThat(records.get(0)).isInstanceOf(ExportRecord.Malformed.class);
        assertThat(((ExportRecord.Malformed) records.get(0)).message())
            .contains("quoted cell is followed by more text");
        assertThat(records.get(1)).isInstanceOf(ExportRecord.Cells.class);
    }

    @Test
    void quoteInsideAnUnquotedCellIsKeptAsText() throws IOException {
        List<ExportRecord> records = read("P1,a 5\" screen,c\n", ',');
        assertThat(records.get(0)).isEqualTo(new ExportRecord.Cells(2, List.of("P1", "a 5\" screen", "c")));
    }

    @Test
    void crLfAndCrLineEndsMixed() throws IOException {
        List<ExportRecord> records = read("a,b\r\nc,d\re,f\ng,h", ',');
        assertThat(records).extracting(ExportRecord::line).containsExactly(2L, 3L, 4L, 5L);
        assertThat(records.get(3)).isEqualTo(new ExportRecord.Cells(5, List.of("g", "h")));
    }

    @Test
    void overlongCellIsMalformedNotLoaded() throws IOException {
        CsvRecordReader reader = new CsvRecordReader(new BufferedReader(new StringReader("a," + "x".repeat(50) + "\n")),
                ',', 2, new RecordLimits(10, 20, 5, 1000));
        ExportRecord record = reader.next();
        assertThat(record).isInstanceOf(ExportRecord.Malformed.class);
        assertThat(((ExportRecord.Malformed) record).message()).contains("at most 20");
    }

    @Test
    void unquotedLinesKeepEveryCellAsCommonsCsvReadsIt() throws IOException {
        String lines = "a,,b,\n, x ,\t,\n,only-last\nX-1;2026-10-01;RO\n";
        CSVFormat commas = CSVFormat.RFC4180;

        List<ExportRecord> records = read(lines, ',');

        List<List<String>> byCommonsCsv = commas.parse(new StringReader(lines)).stream().map(r -> r.toList()).toList();
        assertThat(records).extracting(r -> ((ExportRecord.Cells) r).cells()).isEqualTo(byCommonsCsv);
        assertThat(records.get(0)).isEqualTo(new ExportRecord.Cells(2, List.of("a", "", "b", "")));
        assertThat(records.get(1)).isEqualTo(new ExportRecord.Cells(3, List.of("", " x ", "\t", "")));
        assertThat(records.get(3)).isEqualTo(new ExportRecord.Cells(5, List.of("X-1;2026-10-01;RO")));
    }

}
