package org.quickfreeze.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.quickfreeze.audit.CaseRequest;
import org.quickfreeze.QuickfreezeProperties;
import org.quickfreeze.ingest.CsvLimits;
import org.quickfreeze.ingest.ExportFiles;
import org.quickfreeze.ingest.ExportLayout;
import org.quickfreeze.ingest.ExportRecord;
import org.quickfreeze.ingest.ExportRow;
import org.quickfreeze.ingest.FileContent;
import org.quickfreeze.ingest.InputFiles;
import org.quickfreeze.ingest.RecordSource;
import org.quickfreeze.ingest.RegisterMapping;
import org.quickfreeze.ingest.RejectCode;
import org.quickfreeze.ingest.RowDefaults;
import org.quickfreeze.ingest.RowRejected;
import org.quickfreeze.ingest.RowValidator;
import org.quickfreeze.ingest.UnusableFile;
import org.springframework.stereotype.Component;

/**
 * {@code run --dry-run}: reads and validates every input file as a run would,
 * and checks the output folder, but stores nothing and writes no report. The
 * configuration (database, settings) has been checked by starting up.
 */
@Component
public class DryRun {

    private final QuickfreezeProperties properties;

    private final RowValidator validator = new RowValidator();

    public DryRun(QuickfreezeProperties properties) {
        this.properties = properties;
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
            ExportFiles exportFiles = new ExportFiles(CsvLimits.DEFAULT, properties.mappings(inputs));
            String party = options.party() != null ? options.party() : properties.party();
            for (Path file : InputFiles.expand(inputs)) {
                exit = Math.max(exit, checkFile(exportFiles, file, party, out));
            }
        }
        catch (IOException ex) {
            err.println("quickfreeze: " + ex.getMessage());
            return ExitCodes.FAILED;
        }
        out.println("Dry run: nothing was stored and no report was written.");
        return exit;
    }

    private int checkFile(ExportFiles exportFiles, Path file, String party, PrintStream out) throws IOException {
        String name = file.getFileName().toString();
        ExportLayout layout;
        try {
            layout = exportFiles.inspect(file, FileContent.of(file));
        }
        catch (UnusableFile ex) {
            out.printf("%-40s %8s %8s %8s %8s  UNUSABLE: %s%n", name, "", "", "", "", ex.getMessage());
            return ExitCodes.UNUSABLE_INPUT;
        }
        long read = 0;
        long valid = 0;
        long empty = 0;
        Map<RejectCode, Long> rejects = new TreeMap<>();
        Set<String> keys = new HashSet<>();
        RegisterMapping mapping = layout.mapping();
        RowDefaults defaults = new RowDefaults(
                mapping != null && mapping.register() != null ? mapping.register() : name.replaceFirst("\\.[^.]*$", ""),
                mapping != null && mapping.party() != null ? mapping.party() : party);
        try (RecordSource records = exportFiles.records(file, layout)) {
            for (ExportRecord record = records.next(); record != null; record = records.next()) {
                read++;
                if (record instanceof ExportRecord.Empty) {
                    empty++;
                }
                else if (record instanceof ExportRecord.Malformed) {
                    rejects.merge(RejectCode.MALFORMED_ROW, 1L, Long::sum);
                }
                else if (record instanceof ExportRecord.Cells cells) {
                    try {
                        ExportRow row = ExportRow.of(cells.line(), cells.cells(), layout.header().positions());
                        CaseRequest request = validator.validate(mapping == null ? row : row.mapped(mapping), defaults);
                        if (keys.add(request.register() + "\u0000" + request.requestId())) {
                            valid++;
                        }
                        else {
                            rejects.merge(RejectCode.DUPLICATE_ID, 1L, Long::sum);
                        }
                    }
                    catch (RowRejected ex) {
                        rejects.merge(ex.code(), 1L, Long::sum);
                    }
                }
            }
        }
        long rejected = rejects.values().stream().mapToLong(Long::longValue).sum();
        out.printf("%-40s %8d %8d %8d %8d  %s%n", name, read, valid, rejected, empty,
                rejects.isEmpty() ? "OK" : rejects.toString());
        return ExitCodes.DONE;
    }
}
