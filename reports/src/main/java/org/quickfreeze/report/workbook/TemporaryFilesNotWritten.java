package org.quickfreeze.report.workbook;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The temporary files that a streamed workbook's long sheets go through could not be
 * written. They are not in the output folder, so a failure to write them has to say where
 * they are (the temporary folder they were to go in), or the reader looks for free space
 * in the wrong place.
 */
public final class TemporaryFilesNotWritten extends IOException {

    private final Path folder;

    TemporaryFilesNotWritten(Path folder, IOException cause) {
        super("the workbook's temporary files in " + folder + " could not be written", cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

}
