package org.quickfreeze.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.quickfreeze.ingest.csv.CsvExport;
import org.quickfreeze.ingest.export.FileContent;
import org.quickfreeze.ingest.export.RecordLimits;
import org.quickfreeze.ingest.export.RecordSource;
import org.quickfreeze.ingest.export.UnusableFile;
import org.quickfreeze.ingest.layout.RegisterMapping;
import org.quickfreeze.ingest.layout.RegisterMappings;
import org.quickfreeze.ingest.workbook.XlsxExport;

/**
 * Reads exports whatever their format: {@code .xlsx} workbooks and CSV files, each
 * through its register mapping when one applies to the file's name.
 */
public final class ExportFormats {

    private final CsvExport csv;

    private final XlsxExport xlsx;

    private final RegisterMappings mappings;

    public ExportFormats(RecordLimits limits, RegisterMappings mappings) {
        this.csv = new CsvExport(limits);
        this.xlsx = new XlsxExport(limits);
        this.mappings = mappings;
    }

    public RegisterMappings mappings() {
        return mappings;
    }

    public static boolean isWorkbookName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * @throws UnusableFile when the file cannot be used at all, with the reason
     */
    public ExportLayout inspect(Path file, FileContent content) throws UnusableFile, IOException {
        RegisterMapping mapping = mappings.forFile(file).orElse(null);
        if (content.size() == 0) {
            throw new UnusableFile("the file is empty (0 bytes): export the register again");
        }
        if (isWorkbookName(file)) {
            if (!content.zip()) {
                throw new UnusableFile("the file is named .xlsx but is not an Excel workbook (a CSV file renamed?): "
                        + "give it the name its content has");
            }
            return new ExportLayout(true, ',', xlsx.inspect(file, mapping), mapping);
        }
        CsvExport.Layout layout = csv.inspect(file, content, mapping);
        return new ExportLayout(false, layout.delimiter(), layout.header(), mapping);
    }

    public RecordSource records(Path file, ExportLayout layout) throws IOException {
        return layout.workbook() ? xlsx.records(file)
                : csv.records(file, new CsvExport.Layout(layout.delimiter(), layout.header()));
    }

}
