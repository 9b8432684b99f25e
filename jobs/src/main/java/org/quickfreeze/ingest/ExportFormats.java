package org.quickfreeze.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.quickfreeze.ingest.csv.CsvExport;
import org.quickfreeze.ingest.export.ExportFormat;
import org.quickfreeze.ingest.export.ExportHeader;
import org.quickfreeze.ingest.export.ExportRecord;
import org.quickfreeze.ingest.export.FileContent;
import org.quickfreeze.ingest.export.FileContent.Signature;
import org.quickfreeze.ingest.export.RecordLimits;
import org.quickfreeze.ingest.export.RecordSource;
import org.quickfreeze.ingest.export.UnusableFile;
import org.quickfreeze.ingest.layout.RegisterMapping;
import org.quickfreeze.ingest.layout.RegisterMappings;
import org.quickfreeze.ingest.workbook.OdsExport;
import org.quickfreeze.ingest.workbook.SheetExport;
import org.quickfreeze.ingest.workbook.XlsExport;
import org.quickfreeze.ingest.workbook.XlsxExport;
import org.quickfreeze.ingest.workbook.ZippedWorkbooks;

/**
 * Reads exports whatever their format: CSV files, {@code .xlsx}/{@code .xlsm},
 * {@code .xls} and {@code .ods} workbooks, each through its register mapping when one
 * applies to the file's name. The format is the one the name says, once the content is
 * seen to be of that format: a file that is another is unusable with a sentence that says
 * what it is and what to do.
 */
public final class ExportFormats {

    private final CsvExport csv;

    private final Map<ExportFormat, SheetExport> workbooks = new EnumMap<>(ExportFormat.class);

    private final RegisterMappings mappings;

    public ExportFormats(RecordLimits limits, RegisterMappings mappings) {
        this.csv = new CsvExport(limits);
        this.workbooks.put(ExportFormat.XLSX, new XlsxExport(limits));
        this.workbooks.put(ExportFormat.XLS, new XlsExport(limits));
        this.workbooks.put(ExportFormat.ODS, new OdsExport(limits));
        this.mappings = mappings;
    }

    public RegisterMappings mappings() {
        return mappings;
    }

    /**
     * @throws UnusableFile when the file cannot be used at all, with the reason
     */
    public ExportLayout inspect(Path file, FileContent content) throws UnusableFile, IOException {
        RegisterMapping mapping = mappings.forFile(file).orElse(null);
        if (content.size() == 0) {
            throw new UnusableFile("the file is empty (0 bytes): export the register again");
        }
        ExportFormat named = ExportFormat.ofName(file)
            .orElseThrow(() -> new UnusableFile("the file is not an export: its name does not end in .csv, .xlsx, "
                    + ".xlsm, .xls or .ods; give an export its format's name"));
        Optional<ExportFormat> held = heldFormat(file, content);
        if (held.isPresent() && held.get() != named) {
            throw new UnusableFile(misnamed(held.get(), named));
        }
        if (content.signature() == Signature.OLD_EXCEL) {
            throw new UnusableFile("this is an Excel 2, 3 or 4 worksheet, which is not read: save it in Excel or "
                    + "Calc as Excel Workbook (.xlsx)");
        }
        if (named == ExportFormat.CSV) {
            CsvExport.Layout layout = csv.inspect(file, content, mapping);
            return new ExportLayout(ExportFormat.CSV, layout.delimiter(), layout.header(), mapping);
        }
        if (held.isEmpty()) {
            throw new UnusableFile(content.signature() == Signature.OTHER ? "the file is named " + named.extension()
                    + " but holds text, not a workbook (a CSV file renamed?): name it .csv, or save the register "
                    + "as " + named.description() + " (" + named.extension() + ")"
                    : "the file is named " + named.extension() + " but is not an " + named.description()
                            + ": export the register again");
        }
        try (RecordSource sheet = workbooks.get(named).open(file)) {
            ExportRecord header = sheet.next();
            if (header instanceof ExportRecord.Malformed broken && broken.line() == 1) {
                throw new UnusableFile(broken.message());
            }
            if (!(header instanceof ExportRecord.Cells cells) || cells.line() != 1) {
                throw new UnusableFile("the first sheet's first row is empty: it must name the columns");
            }
            return new ExportLayout(named, ',', ExportHeader.of(cells.cells(), mapping), mapping);
        }
    }

    /** The format the content is, as far as its first bytes and its parts tell. */
    private static Optional<ExportFormat> heldFormat(Path file, FileContent content) throws UnusableFile {
        return switch (content.signature()) {
            case ZIP -> ZippedWorkbooks.of(file);
            case OLE2 -> {
                if (XlsExport.holdsEncryptedPackage(file)) {
                    throw new UnusableFile(XlsExport.PASSWORD);
                }
                yield Optional.of(ExportFormat.XLS);
            }
            case OLD_EXCEL -> Optional.empty();
            case OTHER -> content.firstNul() < 0 ? Optional.of(ExportFormat.CSV) : Optional.empty();
        };
    }

    private static String misnamed(ExportFormat held, ExportFormat named) {
        if (held == ExportFormat.CSV) {
            return "the file is named " + named.extension() + " but holds text, not a workbook (a CSV file "
                    + "renamed?): name it .csv, or save the register as " + named.description() + " ("
                    + named.extension() + ")";
        }
        if (held == ExportFormat.XLS) {
            return "this is an Excel 97–2003 workbook named " + named.extension()
                    + ": name it .xls, or save it as Excel Workbook (.xlsx)";
        }
        return "this is an " + held.description() + " named " + named.extension() + ": name it " + held.extension()
                + (named.workbook() ? ", or save it as " + named.description() + " (" + named.extension() + ")" : "");
    }

    public RecordSource records(Path file, ExportLayout layout) throws IOException {
        if (!layout.workbook()) {
            return csv.records(file, new CsvExport.Layout(layout.delimiter(), layout.header(),
                    layout.mapping() == null ? StandardCharsets.UTF_8 : layout.mapping().encoding()));
        }
        try {
            RecordSource sheet = workbooks.get(layout.format()).open(file);
            sheet.next();
            return sheet;
        }
        catch (UnusableFile ex) {
            throw new IOException(ex.getMessage(), ex);
        }
    }

}
