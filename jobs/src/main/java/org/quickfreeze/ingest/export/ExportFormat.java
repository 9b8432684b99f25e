package org.quickfreeze.ingest.export;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats an export may come in, each known by the ends of its names. */
public enum ExportFormat {

    CSV("CSV file", ".csv"),

    XLSX("Excel workbook", ".xlsx", ".xlsm"),

    XLS("Excel 97–2003 workbook", ".xls"),

    ODS("OpenDocument spreadsheet", ".ods");

    private final String description;

    private final String[] extensions;

    ExportFormat(String description, String... extensions) {
        this.description = description;
        this.extensions = extensions;
    }

    /** The format a file's name says, if it is the name of an export. */
    public static Optional<ExportFormat> ofName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            for (String extension : format.extensions) {
                if (name.endsWith(extension) && name.length() > extension.length()) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }

    public String description() {
        return description;
    }

    /** The name's end a file of this format is given, {@code .xlsx} for a workbook. */
    public String extension() {
        return extensions[0];
    }

    public boolean workbook() {
        return this != CSV;
    }

}
