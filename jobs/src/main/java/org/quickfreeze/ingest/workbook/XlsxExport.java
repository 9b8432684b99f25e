package org.quickfreeze.ingest.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.quickfreeze.ingest.export.Excerpt;
import org.quickfreeze.ingest.export.ExportHeader;
import org.quickfreeze.ingest.export.ExportRecord;
import org.quickfreeze.ingest.export.RecordLimits;
import org.quickfreeze.ingest.export.RecordSource;
import org.quickfreeze.ingest.export.UnusableFile;
import org.quickfreeze.ingest.layout.RegisterMapping;

/**
 * An {@code .xlsx} export: the first sheet, its first row the header. The sheet is read
 * as a stream (StAX over the sheet's XML), so a large workbook costs no more memory than
 * a row; POI refuses zip bombs, and the shared strings, which POI holds in memory, are
 * refused above a size. Dates may be date cells, numbers formatted as dates, or text; a
 * number is written without {@code .0} or an exponent, so that {@code 12345} stays
 * {@code 12345}. Row numbers are the ones Excel shows.
 */
public final class XlsxExport {

    static final long MAX_SHARED_STRINGS_BYTES = 64L * 1024 * 1024;

    private static final String MACROS = "/xl/vbaProject.bin";

    private final RecordLimits limits;

    public XlsxExport(RecordLimits limits) {
        this.limits = limits;
    }

    public ExportHeader inspect(Path file, RegisterMapping mapping) throws UnusableFile, IOException {
        try (Sheet sheet = open(file)) {
            ExportRecord header = sheet.next();
            if (!(header instanceof ExportRecord.Cells cells)) {
                throw new UnusableFile("the first sheet has no header row: its first row must name the columns");
            }
            return ExportHeader.of(cells.cells(), mapping);
        }
        catch (IOException ex) {
            throw new UnusableFile("the workbook's first sheet cannot be read" + zipBomb(ex) + ": " + first(ex));
        }
    }

    private static String zipBomb(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("Zip bomb")) {
                return " (it expands far beyond its size, like a zip bomb)";
            }
        }
        return "";
    }

    public RecordSource records(Path file) throws IOException {
        try {
            Sheet sheet = open(file);
            sheet.next();
            return sheet;
        }
        catch (UnusableFile ex) {
            throw new IOException(ex.getMessage(), ex);
        }
    }

    private Sheet open(Path file) throws UnusableFile, IOException {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        }
        catch (NotOfficeXmlFileException | InvalidFormatException ex) {
            throw new UnusableFile("the file is not an Excel workbook (.xlsx) although its name says so: " + first(ex));
        }
        catch (RuntimeException ex) {
            throw new UnusableFile("the workbook cannot be opened" + zipBomb(ex) + ": " + first(ex));
        }
        try {
            if (!workbook.getPartsByName(Pattern.compile(MACROS, Pattern.CASE_INSENSITIVE)).isEmpty()) {
                throw new UnusableFile("the workbook holds macros (a macro-enabled workbook renamed .xlsx): "
                        + "save the register as a plain .xlsx or as CSV");
            }
            for (PackagePart part : workbook.getParts()) {
                if (part.getPartName().getName().endsWith("sharedStrings.xml")
                        && part.getSize() > MAX_SHARED_STRINGS_BYTES) {
                    throw new UnusableFile("the workbook's shared strings table holds " + part.getSize() / (1024 * 1024)
                            + " MB of text; at most " + MAX_SHARED_STRINGS_BYTES / (1024 * 1024) + " MB are read");
                }
            }
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnusableFile("the workbook has no sheet");
            }
            return new Sheet(workbook, sheets.next(), strings, styles, limits);
        }
        catch (UnusableFile ex) {
            workbook.revert();
            throw ex;
        }
        catch (OpenXML4JException | org.xml.sax.SAXException | XMLStreamException | RuntimeException ex) {
            workbook.revert();
            throw new UnusableFile("the workbook cannot be read" + zipBomb(ex) + ": " + first(ex));
        }
        catch (IOException ex) {
            workbook.revert();
            throw new UnusableFile("the workbook cannot be read" + zipBomb(ex) + ": " + first(ex));
        }
    }

    private static String first(Throwable ex) {
        String message = String.valueOf(ex.getMessage());
        return message.lines().findFirst().orElse(message);
    }

    /** The rows of the first sheet, pulled one by one from its XML. */
    private static final class Sheet implements RecordSource {

        private final OPCPackage workbook;

        private final InputStream data;

        private final XMLStreamReader xml;

        private final ReadOnlySharedStringsTable strings;

        private final StylesTable styles;

        private final RecordLimits limits;

        Sheet(OPCPackage workbook, InputStream data, ReadOnlySharedStringsTable strings, StylesTable styles,
                RecordLimits limits) throws XMLStreamException {
            this.workbook = workbook;
            this.data = data;
            this.strings = strings;
            this.styles = styles;
            this.limits = limits;
            XMLInputFactory factory = XMLInputFactory.newInstance();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            this.xml = factory.createXMLStreamReader(data);
        }

        @Override
        public ExportRecord next() throws IOException {
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                        return row();
                    }
                }
                return null;
            }
            catch (XMLStreamException ex) {
                throw new IOException("the sheet's XML cannot be read: " + ex.getMessage(), ex);
            }
        }

        private ExportRecord row() throws XMLStreamException {
            long line = Long.parseLong(xml.getAttributeValue(null, "r"));
            List<String> cells = new ArrayList<>();
            boolean tooWide = false;
            boolean allBlank = true;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                    break;
                }
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                    String reference = xml.getAttributeValue(null, "r");
                    int column = reference == null ? cells.size() : new CellReference(reference).getCol();
                    String value = cell();
                    if (column >= limits.maxColumns()) {
                        tooWide = true;
                        continue;
                    }
                    while (cells.size() < column) {
                        cells.add("");
                    }
                    cells.add(value);
                    allBlank &= value.isBlank();
                }
            }
            if (tooWide) {
                return new ExportRecord.Malformed(line, String.join(",", cells.subList(0, Math.min(5, cells.size()))),
                        "the row has cells beyond column " + limits.maxColumns());
            }
            long length = 0;
            for (String cell : cells) {
                if (cell.length() > limits.maxCellLength()) {
                    return new ExportRecord.Malformed(line, Excerpt.of(cell, 100), "a cell has " + cell.length()
                            + " characters; at most " + limits.maxCellLength() + " are read");
                }
                length += cell.length();
            }
            // as for a CSV line: a row of hundreds of full cells is no request, and its
            // cells are kept with the reject
            if (length > limits.maxRecordLength()) {
                return new ExportRecord.Malformed(line, Excerpt.of(String.join(",", cells), 200),
                        "the row holds " + length + " characters; at most " + limits.maxRecordLength() + " are read");
            }
            return allBlank ? new ExportRecord.Empty(line) : new ExportRecord.Cells(line, cells);
        }

        /**
         * The cell's value as text; the reader is on its start element and leaves it on
         * its end.
         */
        private String cell() throws XMLStreamException {
            String type = xml.getAttributeValue(null, "t");
            String style = xml.getAttributeValue(null, "s");
            StringBuilder value = new StringBuilder();
            int depth = 1;
            while (depth > 0 && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = xml.getLocalName();
                    if (name.equals("v") || name.equals("t")) {
                        value.append(xml.getElementText());
                        depth--;
                    }
                }
                else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            String raw = value.toString();
            if (type == null || type.equals("n")) {
                return raw.isEmpty() ? "" : number(raw, style);
            }
            return switch (type) {
                case "s" -> raw.isEmpty() ? "" : strings.getItemAt(Integer.parseInt(raw.trim())).getString();
                case "b" -> raw.equals("1") ? "TRUE" : "FALSE";
                default -> raw;
            };
        }

        private String number(String raw, String style) {
            double value = Double.parseDouble(raw);
            if (style != null && styles != null) {
                XSSFCellStyle cellStyle = styles.getStyleAt(Integer.parseInt(style));
                if (cellStyle != null
                        && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                        && DateUtil.isValidExcelDate(value)) {
                    LocalDateTime time = DateUtil.getLocalDateTime(value);
                    return time.toLocalTime().toSecondOfDay() == 0 ? time.toLocalDate().toString() : time.toString();
                }
            }
            return new BigDecimal(raw).stripTrailingZeros().toPlainString();
        }

        @Override
        public void close() throws IOException {
            try {
                xml.close();
            }
            catch (XMLStreamException ex) {
                // the stream below is closed anyway
            }
            data.close();
            workbook.revert();
        }

    }

}
