package org.quickfreeze.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the records of the run's usable files, one file after the other in
 * load order. Restartable: it remembers the file and the record it had reached
 * at the last commit and reads on from there.
 */
public class CaseExportReader implements ItemStreamReader<ReadRow> {

    private static final String FILE_INDEX = "file.index";

    private static final String RECORDS_READ = "file.records";

    private final SourceFiles sourceFiles;

    private final ExportFiles exportFiles;

    private final long jobInstanceId;

    private List<SourceFile> files;

    private int fileIndex;

    private long recordsRead;

    private RecordSource records;

    private RegisterMapping mapping;

    private ExportHeader header;

    public CaseExportReader(SourceFiles sourceFiles, ExportFiles exportFiles, long jobInstanceId) {
        this.sourceFiles = sourceFiles;
        this.exportFiles = exportFiles;
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public void open(ExecutionContext context) {
        files = sourceFiles.ofRun(jobInstanceId)
            .stream()
            .filter(f -> f.status() == SourceFile.Status.ACCEPTED)
            .toList();
        fileIndex = context.getInt(FILE_INDEX, 0);
        long skip = context.getLong(RECORDS_READ, 0L);
        if (fileIndex < files.size()) {
            openFile();
            try {
                for (long i = 0; i < skip && records.next() != null; i++) {
                    recordsRead++;
                }
            }
            catch (IOException ex) {
                throw new ItemStreamException("cannot read " + files.get(fileIndex).name() + " again on restart", ex);
            }
        }
    }

    @Override
    public ReadRow read() {
        while (fileIndex < files.size()) {
            try {
                ExportRecord record = records.next();
                if (record != null) {
                    recordsRead++;
                    return new ReadRow(files.get(fileIndex), header, mapping, record);
                }
                records.close();
            }
            catch (IOException ex) {
                throw new UncheckedIOException(files.get(fileIndex).name() + ": " + ex.getMessage(), ex);
            }
            fileIndex++;
            if (fileIndex < files.size()) {
                openFile();
            }
        }
        return null;
    }

    private void openFile() {
        SourceFile file = files.get(fileIndex);
        try {
            FileContent content = FileContent.of(file.path());
            if (!content.sha256().equals(file.sha256())) {
                // its rows would be stored under the hash and counts of other content
                throw new ItemStreamException(file.name() + " changed since it was inspected (its SHA-256 is not the "
                        + "same): put the inspected file back to restart this run, or run again without --restart");
            }
            ExportLayout layout = exportFiles.inspect(file.path(), content);
            header = layout.header();
            mapping = layout.mapping();
            records = exportFiles.records(file.path(), layout);
            recordsRead = 0;
        }
        catch (IOException | UnusableFile ex) {
            throw new ItemStreamException(file.name() + " changed or vanished since it was inspected: "
                    + ex.getMessage(), ex);
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(FILE_INDEX, fileIndex);
        context.putLong(RECORDS_READ, recordsRead);
    }

    @Override
    public void close() {
        if (records != null) {
            try {
                records.close();
            }
            catch (IOException ex) {
                throw new ItemStreamException("cannot close " + files.get(fileIndex).name(), ex);
            }
        }
    }
}
