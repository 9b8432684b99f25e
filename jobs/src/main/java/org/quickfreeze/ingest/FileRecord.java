package org.quickfreeze.ingest;

import org.quickfreeze.ingest.export.ExportHeader;
import org.quickfreeze.ingest.export.ExportRecord;
import org.quickfreeze.ingest.layout.RegisterMapping;

/**
 * A record read from a registered file, with the file it came from and the mapping it is
 * read through.
 */
public record FileRecord(SourceFile file, ExportHeader header, RegisterMapping mapping, ExportRecord record) {
}
