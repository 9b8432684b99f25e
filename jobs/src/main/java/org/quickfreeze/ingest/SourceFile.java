package org.quickfreeze.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

/** An input file of a run, as registered when it was inspected. */
public record SourceFile(
        long id,
        Path path,
        String name,
        long size,
        String sha256,
        LocalDateTime modifiedAt,
        Status status,
        String reason,
        Character delimiter,
        String defaultRegister,
        String defaultParty,
        List<String> unknownColumns,
        String mapping,
        boolean workbook,
        long rowsRead,
        long rowsLoaded,
        long rowsRejected,
        long rowsEmpty,
        LocalDateTime loadedAt) {

    public enum Status {
        /** Inspected and usable: its rows are being read. */
        ACCEPTED,
        /** Its rows are in the store. */
        LOADED,
        /** Not used at all; {@code reason} says why. */
        UNUSABLE,
        /** The same bytes were loaded before: skipped, not re-counted. */
        ALREADY_LOADED
    }

    public RowDefaults defaults() {
        return new RowDefaults(defaultRegister, defaultParty);
    }

    /** A file just found, before its rows are read. */
    static SourceFile found(Path path, long size, String sha256, LocalDateTime modifiedAt, Status status, String reason,
            ExportLayout layout, String defaultRegister, String defaultParty) {
        return new SourceFile(0, path, path.getFileName().toString(), size, sha256, modifiedAt, status, reason,
                layout == null || layout.workbook() ? null : layout.delimiter(), defaultRegister, defaultParty,
                layout == null ? List.of() : layout.header().unknownColumns(),
                layout == null || layout.mapping() == null ? null : layout.mapping().name(),
                layout != null && layout.workbook(), 0, 0, 0, 0, null);
    }
}
