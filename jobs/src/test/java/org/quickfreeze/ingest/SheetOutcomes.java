package org.quickfreeze.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.quickfreeze.ingest.export.ExportRecord;
import org.quickfreeze.ingest.export.FileContent;
import org.quickfreeze.ingest.export.RecordLimits;
import org.quickfreeze.ingest.export.RecordSource;
import org.quickfreeze.ingest.export.UnusableFile;
import org.quickfreeze.ingest.layout.RegisterMappings;

/**
 * What the run's own reading and validation make of an export, line by line, without a
 * store: a loaded request, a reject code, or an empty line.
 */
final class SheetOutcomes {

    private final ExportFormats formats;

    SheetOutcomes(Path mappings) {
        this.formats = new ExportFormats(RecordLimits.DEFAULT, RegisterMappings.load(List.of(mappings)));
    }

    /** One line's outcome, in words a failing assertion shows. */
    record Outcome(long line, String what) {
    }

    List<Outcome> of(Path file) throws IOException, UnusableFile {
        FileContent content = FileContent.of(file);
        ExportLayout layout = formats.inspect(file, content);
        SourceFile source = SourceFile.accepted(file, content, LocalDateTime.now(), layout, "RO");
        // a file read for the first time: its ids are held in memory, the store is not
        // asked
        RowProcessor processor = new RowProcessor(new FirstRows(null));
        List<Outcome> outcomes = new ArrayList<>();
        try (RecordSource records = formats.records(file, layout)) {
            for (ExportRecord record = records.next(); record != null; record = records.next()) {
                RowOutcome outcome = processor
                    .process(new FileRecord(source, layout.header(), layout.mapping(), record));
                outcomes.add(new Outcome(outcome.line(), describe(outcome)));
            }
        }
        return outcomes;
    }

    private static String describe(RowOutcome outcome) {
        if (outcome instanceof RowOutcome.Valid valid) {
            return "loaded " + valid.request();
        }
        if (outcome instanceof RowOutcome.Rejected rejected) {
            return "rejected " + rejected.code();
        }
        return "empty";
    }

}
