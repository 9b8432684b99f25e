package org.quickfreeze.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.quickfreeze.ingest.export.ExportHeader;
import org.quickfreeze.ingest.export.ExportRecord;
import org.quickfreeze.ingest.export.FileContent;
import org.quickfreeze.ingest.export.RecordSource;
import org.quickfreeze.ingest.export.UnusableFile;
import org.quickfreeze.ingest.layout.RegisterMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the records of the run's usable files, one file after the other in load order.
 * Restartable: it remembers the file and the record it had reached at the last commit and
 * reads on from there, once it has checked that the store holds what was counted of the
 * files read so far.
 */
public class CaseExportReader implements ItemStreamReader<FileRecord> {

    private static final Logger log = LoggerFactory.getLogger(CaseExportReader.class);

    private static final String FILE_INDEX = "file.index";

    private static final String RECORDS_READ = "file.records";

    private final SourceFileRepository sourceFiles;

    private final ExportFormats exportFiles;

    private final long jobInstanceId;

    private List<SourceFile> files;

    private int fileIndex;

    private long recordsRead;

    private RecordSource records;

    private RegisterMapping mapping;

    private ExportHeader header;

    public CaseExportReader(SourceFileRepository sourceFiles, ExportFormats exportFiles, long jobInstanceId) {
        this.sourceFiles = sourceFiles;
        this.exportFiles = exportFiles;
        this.jobInstanceId = jobInstanceId;
    }

    @Override
    public void open(ExecutionContext context) {
        files = new ArrayList<>(sourceFiles.ofRun(jobInstanceId)
            .stream()
            .filter(f -> f.status() == SourceFile.Status.ACCEPTED)
            .toList());
        fileIndex = context.getInt(FILE_INDEX, 0);
        long skip = context.getLong(RECORDS_READ, 0L);
        int notHeld = context.containsKey(FILE_INDEX) ? firstFileNotHeld(skip) : -1;
        if (notHeld >= 0) {
            readAgainFrom(notHeld);
            skip = 0;
        }
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

    /** The first file read so far whose counted rows the store does not hold, or -1. */
    private int firstFileNotHeld(long recordsOfCurrentFile) {
        for (int i = 0; i <= fileIndex && i < files.size(); i++) {
            SourceFile file = files.get(i);
            if (!sourceFiles.holdsWhatWasCounted(file, i == fileIndex ? recordsOfCurrentFile : file.rowsRead())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Forgets what was stored of a file and of the files read after it, and reads on from
     * its first record: what a run that nothing interrupted would have stored, rather
     * than a store with holes and counts that do not add up.
     */
    private void readAgainFrom(int first) {
        log.warn(
                "{}: the store does not hold every row counted from it before the run stopped (as after a database "
                        + "failure in the middle of a write); it is read again from its first row",
                files.get(first).name());
        for (int i = first; i <= fileIndex && i < files.size(); i++) {
            files.set(i, sourceFiles.forgetRows(files.get(i)));
        }
        fileIndex = first;
    }

    @Override
    public FileRecord read() {
        while (fileIndex < files.size()) {
            try {
                ExportRecord record = records.next();
                if (record != null) {
                    recordsRead++;
                    return new FileRecord(files.get(fileIndex), header, mapping, record);
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
            // the hash alone: the same bytes as inspected pass the inspection's text
            // checks again
            String sha256 = FileContent.sha256Of(file.path());
            if (!sha256.equals(file.sha256())) {
                // its rows would be stored under the hash and counts of other content
                throw new ItemStreamException(file.name() + " changed since it was inspected (its SHA-256 is not the "
                        + "same): put the inspected file back to restart this run, or run again without --restart");
            }
            FileContent content = FileContent.asInspected(file.path(), sha256);
            ExportLayout layout = exportFiles.inspect(file.path(), content);
            header = layout.header();
            mapping = layout.mapping();
            records = exportFiles.records(file.path(), layout);
            recordsRead = 0;
        }
        catch (IOException | UnusableFile ex) {
            throw new ItemStreamException(
                    file.name() + " changed or vanished since it was inspected: " + ex.getMessage(), ex);
        }
    }

    /** Where the reader stands: the file it reads and the records read of it. */
    record Position(int fileIndex, long recordsRead) {
    }

    /** Where the reader stands now, after the last record it gave. */
    Position position() {
        return new Position(fileIndex, recordsRead);
    }

    @Override
    public void update(ExecutionContext context) {
        save(position(), context);
    }

    /** Saves a position to restart from, as {@link #open} reads it back. */
    static void save(Position position, ExecutionContext context) {
        context.putInt(FILE_INDEX, position.fileIndex());
        context.putLong(RECORDS_READ, position.recordsRead());
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
