package org.quickfreeze.ingest;

/** A record read from a registered file, with the file it came from. */
public record ReadRow(SourceFile file, ExportHeader header, ExportRecord record) {
}
