package org.quickfreeze.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.quickfreeze.ingest.InputFiles;
import org.quickfreeze.ingest.csv.Delimiters;

/**
 * The floor a run is compared with: Commons CSV reads every record of the exports and
 * every cell is touched, nothing more (no validation, no store, no audit). Excel exports
 * are skipped.
 */
public final class ParseFloor {

    /** What the bare parse read, and how long it took. */
    public record Parsed(long files, long records, long cells, long nanos) {

        public double seconds() {
            return nanos / 1e9;
        }
    }

    public Parsed parse(List<Path> inputs) throws IOException {
        long start = System.nanoTime();
        long files = 0;
        long records = 0;
        long cells = 0;
        for (Path file : InputFiles.expand(inputs)) {
            if (!file.getFileName().toString().toLowerCase().endsWith(".csv")) {
                continue;
            }
            files++;
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                reader.mark(64 * 1024);
                String header = reader.readLine();
                char delimiter = header == null ? ',' : Delimiters.detect(header);
                reader.reset();
                CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
                try (CSVParser parser = CSVParser.parse(reader, format)) {
                    for (CSVRecord record : parser) {
                        records++;
                        for (String cell : record) {
                            cells += cell.isEmpty() ? 0 : 1;
                        }
                    }
                }
            }
        }
        return new Parsed(files, records, cells, System.nanoTime() - start);
    }

}
