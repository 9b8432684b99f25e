package org.quickfreeze.ingest.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.quickfreeze.ingest.export.RecordLimits;
import org.quickfreeze.ingest.export.RecordSource;
import org.quickfreeze.ingest.export.UnusableFile;

/**
 * An OpenDocument spreadsheet ({@code .ods}, ISO/IEC 26300): the first table of its
 * {@code content.xml}, read as a stream (the ODF Toolkit would build the whole document
 * in memory). Repeated rows and columns count as that many; a cell's value is its typed
 * value (a number, a date, a boolean) or else its text, paragraphs joined by line breaks;
 * comments are not a cell's text.
 */
public final class OdsExport implements SheetExport {

    static final String FORMAT = "OpenDocument spreadsheet";

    private static final String SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";

    /** The last row of a Calc sheet. */
    private static final long MAX_ROWS = 1_048_576;

    private static final int MAX_MIMETYPE = 200;

    private final RecordLimits limits;

    private final SafeXml safeXml = new SafeXml();

    public OdsExport(RecordLimits limits) {
        this.limits = limits;
    }

    @Override
    public RecordSource open(Path file) throws UnusableFile {
        ZipParts zip = ZipParts.open(file, FORMAT);
        try {
            if (zip.has("mimetype")) {
                String type;
                try (InputStream in = zip.open("mimetype")) {
                    type = new String(in.readNBytes(MAX_MIMETYPE), StandardCharsets.US_ASCII).trim();
                }
                if (!type.startsWith(SPREADSHEET)) {
                    throw new UnusableFile(type.startsWith("application/vnd.oasis.opendocument")
                            ? "the file is an OpenDocument file, but not a spreadsheet (a text document?): "
                                    + "save the register from Calc as an OpenDocument spreadsheet (.ods)"
                            : "the file is a zip archive, but not an OpenDocument spreadsheet: "
                                    + "save the register from Calc as an OpenDocument spreadsheet (.ods)");
                }
            }
            if (encrypted(zip)) {
                throw new UnusableFile(WorkbookProblems.PASSWORD);
            }
            if (!zip.has("content.xml")) {
                throw new UnusableFile("the file is a zip archive, but not an OpenDocument spreadsheet (it has no "
                        + "content.xml): save the register from Calc as an OpenDocument spreadsheet (.ods)");
            }
            InputStream data = zip.open("content.xml");
            return new Table(zip, data, safeXml.reader(data), limits, file.getFileName().toString());
        }
        catch (UnusableFile ex) {
            zip.closeQuietly();
            throw ex;
        }
        catch (IOException | XMLStreamException | RuntimeException ex) {
            zip.closeQuietly();
            throw WorkbookProblems.unusable(file, FORMAT, ex);
        }
    }

    private boolean encrypted(ZipParts zip) throws IOException, XMLStreamException {
        if (!zip.has("META-INF/manifest.xml")) {
            return false;
        }
        try (InputStream in = zip.open("META-INF/manifest.xml")) {
            XMLStreamReader xml = safeXml.reader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("encryption-data")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The rows of the first table, pulled one by one from {@code content.xml}. */
    private static final class Table extends SheetRecords {

        private final ZipParts zip;

        private final InputStream data;

        private final XMLStreamReader xml;

        private final RecordLimits limits;

        private boolean inTable;

        private boolean tableOver;

        private int tableDepth;

        private int depth;

        Table(ZipParts zip, InputStream data, XMLStreamReader xml, RecordLimits limits, String fileName) {
            super(limits, MAX_ROWS, fileName);
            this.zip = zip;
            this.data = data;
            this.xml = xml;
            this.limits = limits;
        }

        @Override
        protected boolean readOn() throws Exception {
            while (!tableOver && xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = xml.getLocalName();
                    if (!inTable && name.equals("table")) {
                        inTable = true;
                        tableDepth = depth;
                    }
                    else if (inTable && name.equals("table-row")) {
                        row();
                        depth--;
                        return true;
                    }
                }
                else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (inTable && depth == tableDepth) {
                        tableOver = true;
                    }
                    depth--;
                }
            }
            return false;
        }

        private void row() throws XMLStreamException, DamagedSheet {
            long repeated = repeat(xml.getAttributeValue(xml.getNamespaceURI(), "number-rows-repeated"));
            startRow(nextLine());
            long column = 0;
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("table-row")) {
                    break;
                }
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("the table ends inside a row");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("table-cell") || name.equals("covered-table-cell")) {
                        long times = repeat(xml.getAttributeValue(xml.getNamespaceURI(), "number-columns-repeated"));
                        String value = name.equals("covered-table-cell") ? skipped() : cellValue();
                        if (!value.isEmpty()) {
                            for (long i = 0; i < times && column + i < limits.maxColumns() + 1L; i++) {
                                cell((int) (column + i), value);
                            }
                        }
                        column += times;
                    }
                    else {
                        SafeXml.skip(xml);
                    }
                }
            }
            endRow(repeated);
        }

        private String skipped() throws XMLStreamException {
            SafeXml.skip(xml);
            return "";
        }

        private static long repeat(String value) {
            if (value == null) {
                return 1;
            }
            try {
                return Math.max(1, Long.parseLong(value.trim()));
            }
            catch (NumberFormatException ex) {
                return 1;
            }
        }

        /**
         * The cell's value; the reader is on its start element and leaves it on its end.
         */
        private String cellValue() throws XMLStreamException {
            String type = officeAttribute("value-type");
            String typed = switch (type == null ? "" : type) {
                case "float", "percentage", "currency" -> {
                    String v = officeAttribute("value");
                    yield v == null ? null : CellValues.number(v);
                }
                case "date" -> {
                    String v = officeAttribute("date-value");
                    yield v == null ? null : CellValues.isoDateTime(v);
                }
                case "boolean" -> {
                    String v = officeAttribute("boolean-value");
                    yield v == null ? null : CellValues.bool(v.trim().equalsIgnoreCase("true") || v.trim().equals("1"));
                }
                default -> null;
            };
            String text = text();
            return typed != null ? typed : text;
        }

        private String officeAttribute(String name) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeLocalName(i).equals(name)
                        && String.valueOf(xml.getAttributeNamespace(i)).contains(":office:")) {
                    return xml.getAttributeValue(i);
                }
            }
            return null;
        }

        /**
         * The text of the cell's paragraphs, joined by line breaks: {@code text:s} is its
         * number of spaces, {@code text:tab} a tab, {@code text:line-break} a line break;
         * annotations (comments) are left out.
         */
        private String text() throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            long limit = limits.maxCellLength() + 1L;
            int level = 1;
            int paragraphs = 0;
            while (level > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("annotation")) {
                        SafeXml.skip(xml);
                        continue;
                    }
                    level++;
                    if (level == 2 && (name.equals("p") || name.equals("h"))) {
                        if (paragraphs++ > 0) {
                            text.append('\n');
                        }
                    }
                    else if (name.equals("s")) {
                        long spaces = repeat(xml.getAttributeValue(xml.getNamespaceURI(), "c"));
                        for (long i = 0; i < spaces && text.length() <= limit; i++) {
                            text.append(' ');
                        }
                    }
                    else if (name.equals("tab")) {
                        text.append('\t');
                    }
                    else if (name.equals("line-break")) {
                        text.append('\n');
                    }
                }
                else if (event == XMLStreamConstants.END_ELEMENT) {
                    level--;
                }
                else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (text.length() <= limit) {
                        text.append(xml.getTextCharacters(), xml.getTextStart(),
                                (int) Math.min(xml.getTextLength(), limit + 1 - text.length()));
                    }
                }
                else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("the table ends inside a cell");
                }
            }
            return text.toString();
        }

        @Override
        public void close() throws IOException {
            zip.close(xml, data);
        }

    }

}
