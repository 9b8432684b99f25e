package org.quickfreeze.ingest.workbook;

import java.io.IOException;
import java.nio.file.Path;

import org.quickfreeze.ingest.export.RecordSource;
import org.quickfreeze.ingest.export.UnusableFile;

/** A workbook format: the records of a file's first sheet, its header row first. */
public interface SheetExport {

    /**
     * @throws UnusableFile when the workbook cannot be opened, with the reason in a
     * clerk's words
     */
    RecordSource open(Path file) throws UnusableFile, IOException;

}
