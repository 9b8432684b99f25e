package org.quickfreeze.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.quickfreeze.ingest.export.FileContent;
import org.quickfreeze.ingest.export.UnusableFile;
import org.quickfreeze.ingest.layout.Column;
import org.quickfreeze.ingest.layout.RegisterMapping;
import org.quickfreeze.ingest.layout.RowDefaults;
import org.quickfreeze.ingest.validation.RowValidator;

/** An input file of a run, as registered when it was inspected. */
public record SourceFile(long id, Path path, String name, long size, String sha256, LocalDateTime modifiedAt,
        Status status, String reason, Character delimiter, String defaultRegister, String defaultParty,
        List<String> unknownColumns, String mapping, boolean workbook, long rowsRead, long rowsLoaded,
        long rowsRejected, long rowsEmpty, LocalDateTime loadedAt, Long sameAsFileId) {

    public enum Status {

        /** Inspected and usable: its rows are being read. */
        ACCEPTED,
        /** Its rows are in the store. */
        LOADED,
        /** Not used at all; {@code reason} says why. */
        UNUSABLE,
        /**
         * The same bytes were loaded before: not loaded again, and accounted for as the
         * run that loaded them counted them.
         */
        ALREADY_LOADED,
        /** In an input folder, but not an export: not read, named once. */
        NOT_EXPORT

    }

    /** The file as it stands before any of its rows is read. */
    public SourceFile withoutRows() {
        return new SourceFile(id, path, name, size, sha256, modifiedAt, status, reason, delimiter, defaultRegister,
                defaultParty, unknownColumns, mapping, workbook, 0, 0, 0, 0, loadedAt, sameAsFileId);
    }

    public RowDefaults defaults() {
        return new RowDefaults(defaultRegister, defaultParty);
    }

    /**
     * A usable export about to be read: its register is its mapping's, else the file
     * name's; its party its mapping's, else the default party. Without a party column and
     * without a party from elsewhere, no row could be loaded: the file is unusable, with
     * one reason instead of a reject per row.
     */
    public static SourceFile accepted(Path path, FileContent content, LocalDateTime modifiedAt, ExportLayout layout,
            String defaultParty) throws UnusableFile {
        RegisterMapping mapping = layout.mapping();
        String party = mapping != null && mapping.party() != null ? mapping.party() : defaultParty;
        if (!layout.header().has(Column.PARTY) && party == null) {
            throw new UnusableFile("the file has no party column and no default party is configured: "
                    + "add a party column, set party in its register mapping, or run with --party XX");
        }
        String register = mapping != null && mapping.register() != null ? mapping.register()
                : registerOf(path.getFileName().toString());
        if (!layout.header().has(Column.REGISTER) && register.length() > RowValidator.MAX_REGISTER_LENGTH) {
            String from = mapping != null && mapping.register() != null ? "its mapping" : "the file name";
            throw new UnusableFile("the file has no register column and the register's name taken from " + from + " is "
                    + register.length() + " characters long; at most " + RowValidator.MAX_REGISTER_LENGTH
                    + " are allowed: rename the file, add a register column, or set register in its mapping");
        }
        return found(path, content.size(), content.sha256(), modifiedAt, Status.ACCEPTED, null, layout, register,
                party);
    }

    /**
     * The register of a file without a register column or mapping: its name without the
     * extension.
     */
    static String registerOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** A file just found, before its rows are read. */
    static SourceFile found(Path path, long size, String sha256, LocalDateTime modifiedAt, Status status, String reason,
            ExportLayout layout, String defaultRegister, String defaultParty) {
        return new SourceFile(0, path, path.getFileName().toString(), size, sha256, modifiedAt, status, reason,
                layout == null || layout.workbook() ? null : layout.delimiter(), defaultRegister, defaultParty,
                layout == null ? List.of() : layout.header().unknownColumns(),
                layout == null || layout.mapping() == null ? null : layout.mapping().name(),
                layout != null && layout.workbook(), 0, 0, 0, 0, null, null);
    }

    /**
     * A file with the bytes of one an earlier run loaded: its rows, rejects and counts
     * are those of that file, under this file's name.
     */
    static SourceFile alreadyLoaded(Path path, LocalDateTime modifiedAt, SourceFile loaded) {
        long original = loaded.sameAsFileId() != null ? loaded.sameAsFileId() : loaded.id();
        return new SourceFile(0, path, path.getFileName().toString(), loaded.size(), loaded.sha256(), modifiedAt,
                Status.ALREADY_LOADED, "same content as " + loaded.name() + ", already loaded", loaded.delimiter(),
                loaded.defaultRegister(), loaded.defaultParty(), loaded.unknownColumns(), loaded.mapping(),
                loaded.workbook(), loaded.rowsRead(), loaded.rowsLoaded(), loaded.rowsRejected(), loaded.rowsEmpty(),
                null, original);
    }
}
