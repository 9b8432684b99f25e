package org.quickfreeze.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;

import org.quickfreeze.ingest.export.FileContent;
import org.quickfreeze.ingest.export.RecordLimits;
import org.quickfreeze.ingest.export.UnusableFile;
import org.quickfreeze.ingest.layout.RegisterMappings;

/**
 * Export files of register CP registered for run 1 as the inspect step leaves them, so
 * that a reader of run 1 reads them.
 */
final class InspectedExports {

    private final ExportFormats formats = new ExportFormats(RecordLimits.DEFAULT, RegisterMappings.none());

    private final SourceFileRepository sourceFiles;

    InspectedExports(SourceFileRepository sourceFiles) {
        this.sourceFiles = sourceFiles;
    }

    /**
     * @return the file's id in the store
     */
    long register(Path file, LocalDateTime modifiedAt) throws IOException, UnusableFile {
        FileContent content = FileContent.of(file);
        return sourceFiles.register(1, SourceFile.found(file, content.size(), content.sha256(), modifiedAt,
                SourceFile.Status.ACCEPTED, null, formats.inspect(file, content), "CP", null));
    }

    /** A reader of run 1's files, in load order. */
    CaseExportReader reader() {
        return new CaseExportReader(sourceFiles, formats, 1);
    }

}
