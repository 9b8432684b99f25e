package org.quickfreeze.ingest.export;

import java.io.Closeable;
import java.io.IOException;

/** The records of an export after its header, one at a time, whatever the file format. */
public interface RecordSource extends Closeable {

    /**
     * @return the next record, or {@code null} at the end
     */
    ExportRecord next() throws IOException;

}
