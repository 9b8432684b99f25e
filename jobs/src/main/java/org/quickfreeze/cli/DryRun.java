package org.quickfreeze.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.quickfreeze.ingest.ExportFormats;
import org.quickfreeze.ingest.ExportLayout;
import org.quickfreeze.ingest.FileRecord;
import org.quickfreeze.ingest.FirstRows;
import org.quickfreeze.ingest.InputFiles;
import org.quickfreeze.ingest.RowOutcome;
import org.quickfreeze.ingest.RowProcessor;
import org.quickfreeze.ingest.SourceFile;
import org.quickfreeze.ingest.export.ExportRecord;
import org.quickfreeze.ingest.export.FileContent;
import org.quickfreeze.ingest.export.RecordLimits;
import org.quickfreeze.ingest.export.RecordSource;
import org.quickfreeze.ingest.export.UnusableFile;
import org.quickfreeze.ingest.layout.RegisterMappings;
import org.quickfreeze.ingest.validation.RejectCode;
import org.quickfreeze.run.QuickfreezeProperties;
import org.quickfreeze.run.VisibleText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code run --dry-run}: reads and validates every input file as a run would, and checks
 * the output folder, but stores nothing and writes no report. The configuration
 * (database, settings) has been checked by starting up.
 */
@Component
public class DryRun {

    private final QuickfreezeProperties properties;

    private final JdbcTemplate jdbc;

    public DryRun(QuickfreezeProperties properties, JdbcTemplate jdbc) {
        this.properties = properties;
        this.jdbc = jdbc;
    }

    public int check(RunOptions options, PrintStream out, PrintStream err) {
        int exit = ExitCodes.DONE;
        try {
            RunCommand.requireWritable(options.out());
        }
        catch (RunCommand.NotWritable ex) {
            err.println("quickfreeze: " + ex.getMessage());
            return ExitCodes.USAGE;
        }
        try {
            out.printf("%-40s %8s %8s %8s %8s  %s%n", "file", "read", "valid", "rejected", "empty", "status");
            List<Path> inputs = options.inbox() ? List.of(properties.inbox()) : options.inputs();
            ExportFormats exportFiles = new ExportFormats(RecordLimits.DEFAULT,
                    RegisterMappings.forInputs(properties.registers(), inputs));
            String party = options.party() != null ? options.party() : properties.party();
            List<Path> files = options.inbox() ? InputFiles.ofInbox(properties.inbox()).exports()
                    : InputFiles.expand(inputs);
            for (Path file : files) {
                exit = Math.max(exit, checkFile(exportFiles, file, party, out));
            }
        }
        catch (IOException ex) {
            err.println("quickfreeze: " + VisibleText.of(ex.getMessage()));
            return ExitCodes.FAILED;
        }
        out.println("Dry run: nothing was stored and no report was written.");
        return exit;
    }

    private int checkFile(ExportFormats exportFiles, Path file, String party, PrintStream out) throws IOException {
        String name = VisibleText.of(file.getFileName().toString());
        if (!Files.isRegularFile(file)) {
            out.printf("%-40s %8s %8s %8s %8s  UNUSABLE: %s%n", name, "", "", "", "",
                    "not a plain file (a folder?): put the export files themselves in the folder");
            return ExitCodes.UNUSABLE_INPUT;
        }
        FileContent content = FileContent.of(file);
        ExportLayout layout;
        SourceFile source;
        try {
            layout = exportFiles.inspect(file, content);
            source = SourceFile.accepted(file, content, LocalDateTime.now(), layout, party);
        }
        catch (UnusableFile ex) {
            out.printf("%-40s %8s %8s %8s %8s  UNUSABLE: %s%n", name, "", "", "", "", VisibleText.of(ex.getMessage()));
            return ExitCodes.UNUSABLE_INPUT;
        }
        // the rows go through the run's own processing; only the store is left out
        RowProcessor processor = new RowProcessor(new FirstRows(jdbc));
        long read = 0;
        long valid = 0;
        long empty = 0;
        Map<RejectCode, Long> rejects = new TreeMap<>();
        try (RecordSource records = exportFiles.records(file, layout)) {
            for (ExportRecord record = records.next(); record != null; record = records.next()) {
                read++;
                RowOutcome outcome = processor
                    .process(new FileRecord(source, layout.header(), layout.mapping(), record));
                if (outcome instanceof RowOutcome.Valid) {
                    valid++;
                }
                else if (outcome instanceof RowOutcome.Rejected rejected) {
                    rejects.merge(rejected.code(), 1L, Long::sum);
                }
                else {
                    empty++;
                }
            }
        }
        long rejected = rejects.values().stream().mapToLong(Long::longValue).sum();
        out.printf("%-40s %8d %8d %8d %8d  %s%n", name, read, valid, rejected, empty,
                rejects.isEmpty() ? "OK" : rejects.toString());
        return ExitCodes.DONE;
    }

}
