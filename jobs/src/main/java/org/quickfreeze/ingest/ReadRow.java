package org.quickfreeze.ingest;

/** A record read from a registered file, with the file it came from and the mapping it is read through. */
public record ReadRow(SourceFile file, ExportHeader header, RegisterMapping mapping, ExportRecord record) {
}
