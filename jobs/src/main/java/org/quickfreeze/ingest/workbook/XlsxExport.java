package org.quickfreeze.ingest.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;
import org.quickfreeze.ingest.export.RecordLimits;
import org.quickfreeze.ingest.export.RecordSource;
import org.quickfreeze.ingest.export.UnusableFile;

/**
 * An Office Open XML workbook ({@code .xlsx}, {@code .xlsm}; transitional or strict): the
 * first worksheet in the workbook's order (a chart sheet holds no rows), read as a stream
 * of its XML, so a large workbook costs no more memory than its shared strings and a row.
 * The parts are found through the package's relationships, of either flavour (strict and
 * transitional differ in their namespaces, which are not looked at); the zip is read
 * through POI's zip-bomb guard. Cell and row references are optional, as the standard
 * allows. Macros are never run.
 */
public final class XlsxExport implements SheetExport {

    static final String FORMAT = "Excel workbook";

    static final long MAX_SHARED_STRINGS_CHARS = 64L * 1024 * 1024;

    /** The last row of an Excel sheet. */
    private static final long MAX_ROWS = 1_048_576;

    private final RecordLimits limits;

    private final SafeXml safeXml = new SafeXml();

    public XlsxExport(RecordLimits limits) {
        this.limits = limits;
    }

    @Override
    public RecordSource open(Path file) throws UnusableFile {
        ZipParts zip = ZipParts.open(file, FORMAT);
        try {
            String workbook = target(zip, "/_rels/.rels", "/officeDocument", "/");
            if (workbook == null) {
                throw new UnusableFile("the file is a zip archive, but not an Excel workbook (it has no workbook "
                        + "part): save the register from Excel or Calc as Excel Workbook (.xlsx)");
            }
            String workbookRels = relsOf(workbook);
            WorkbookPart book = workbook(zip, workbook);
            Map<String, String> relations = relations(zip, workbookRels, folderOf(workbook));
            // the first worksheet in the workbook's order: a chart sheet before it holds
            // no
            // rows
            String first = book.sheetRelations()
                .stream()
                .filter(id -> !"chartsheet".equals(relations.get("kind:" + id)))
                .findFirst()
                .orElseThrow(() -> new UnusableFile("the workbook has no worksheet: export the register again"));
            String sheet = relations.get("id:" + first);
            if (sheet == null || !zip.has(sheet)) {
                throw new UnusableFile("the workbook's first sheet is missing from the file: it is damaged; open it "
                        + "in Excel or Calc and save it again");
            }
            String stringsPart = relations.get("type:sharedStrings");
            List<String> strings = stringsPart != null && zip.has(stringsPart) ? sharedStrings(zip, stringsPart)
                    : List.of();
            String stylesPart = relations.get("type:styles");
            BitSet dateStyles = stylesPart != null && zip.has(stylesPart) ? dateStyles(zip, stylesPart) : new BitSet();
            InputStream data = zip.open(sheet);
            return new Sheet(zip, data, safeXml.reader(data), strings, dateStyles, book.date1904(), limits,
                    file.getFileName().toString());
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

    private static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    private static String folderOf(String part) {
        return part.substring(0, part.lastIndexOf('/') + 1);
    }

    private @Nullable String target(ZipParts zip, String rels, String typeSuffix, String folder)
            throws IOException, XMLStreamException {
        if (!zip.has(rels)) {
            return null;
        }
        return relations(zip, rels, folder).get("type:" + typeSuffix.substring(1));
    }

    /**
     * The relationships of a part: {@code id:<id>} and {@code type:<last word of the
     * type>} to the part name each points at, resolved against the part's folder.
     */
    private Map<String, String> relations(ZipParts zip, String rels, String folder)
            throws IOException, XMLStreamException {
        Map<String, String> relations = new HashMap<>();
        if (!zip.has(rels)) {
            return relations;
        }
        try (InputStream in = zip.open(rels)) {
            XMLStreamReader xml = safeXml.reader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")
                        && !"External".equals(xml.getAttributeValue(null, "TargetMode"))) {
                    String target = xml.getAttributeValue(null, "Target");
                    String type = xml.getAttributeValue(null, "Type");
                    String id = xml.getAttributeValue(null, "Id");
                    if (target == null) {
                        continue;
                    }
                    String part = resolve(folder, target);
                    String kind = type == null ? null : type.substring(type.lastIndexOf('/') + 1);
                    if (id != null) {
                        relations.putIfAbsent("id:" + id, part);
                        if (kind != null) {
                            relations.putIfAbsent("kind:" + id, kind);
                        }
                    }
                    if (kind != null) {
                        relations.putIfAbsent("type:" + kind, part);
                    }
                }
            }
        }
        return relations;
    }

    private static String resolve(String folder, String target) {
        String path = target.startsWith("/") ? target : folder + target;
        List<String> names = new ArrayList<>();
        for (String name : path.split("/")) {
            if (name.equals("..")) {
                if (!names.isEmpty()) {
                    names.remove(names.size() - 1);
                }
            }
            else if (!name.isEmpty() && !name.equals(".")) {
                names.add(name);
            }
        }
        return "/" + String.join("/", names);
    }

    /** The workbook part: its sheets' relationship ids in order, its date system. */
    private record WorkbookPart(List<String> sheetRelations, boolean date1904) {
    }

    private WorkbookPart workbook(ZipParts zip, String part) throws IOException, XMLStreamException, UnusableFile {
        if (!zip.has(part)) {
            throw new UnusableFile("the workbook part is missing from the file: it is damaged; open it in Excel or "
                    + "Calc and save it again");
        }
        List<String> sheets = new ArrayList<>();
        boolean date1904 = false;
        try (InputStream in = zip.open(part)) {
            XMLStreamReader xml = safeXml.reader(in);
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = xml.getLocalName();
                if (name.equals("workbookPr")) {
                    String value = xml.getAttributeValue(null, "date1904");
                    date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                }
                else if (name.equals("sheet")) {
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        if (xml.getAttributeLocalName(i).equals("id") && xml.getAttributeNamespace(i) != null) {
                            sheets.add(xml.getAttributeValue(i));
                        }
                    }
                }
            }
        }
        return new WorkbookPart(sheets, date1904);
    }

    /** The shared strings, rich text joined, phonetic guides left out. */
    private List<String> sharedStrings(ZipParts zip, String part) throws IOException, XMLStreamException, UnusableFile {
        List<String> strings = new ArrayList<>();
        long total = 0;
        try (InputStream in = zip.open(part)) {
            XMLStreamReader xml = safeXml.reader(in);
            StringBuilder current = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("si")) {
                        current = new StringBuilder();
                    }
                    else if (name.equals("rPh") || name.equals("phoneticPr")) {
                        SafeXml.skip(xml);
                    }
                    else if (name.equals("t") && current != null) {
                        String text = SafeXml.text(xml, MAX_SHARED_STRINGS_CHARS);
                        total += text.length();
                        if (total > MAX_SHARED_STRINGS_CHARS) {
                            throw new UnusableFile("the workbook's shared strings hold more than "
                                    + MAX_SHARED_STRINGS_CHARS / (1024 * 1024) + " million characters of text, "
                                    + "more than any register: export the register again, or as CSV");
                        }
                        current.append(text);
                    }
                }
                else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("si")
                        && current != null) {
                    strings.add(current.toString());
                    current = null;
                }
            }
        }
        return strings;
    }

    /** The cell styles (by index) whose number format shows a date. */
    private BitSet dateStyles(ZipParts zip, String part) throws IOException, XMLStreamException {
        Map<Integer, String> formats = new HashMap<>();
        List<Integer> cellFormats = new ArrayList<>();
        try (InputStream in = zip.open(part)) {
            XMLStreamReader xml = safeXml.reader(in);
            boolean inCellXfs = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("numFmt")) {
                        Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
                        String code = xml.getAttributeValue(null, "formatCode");
                        if (id != null && code != null) {
                            formats.put(id, code);
                        }
                    }
                    else if (name.equals("cellXfs")) {
                        inCellXfs = true;
                    }
                    else if (name.equals("xf") && inCellXfs) {
                        Integer id = integer(xml.getAttributeValue(null, "numFmtId"));
                        cellFormats.add(id == null ? 0 : id);
                    }
                }
                else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
                    inCellXfs = false;
                }
            }
        }
        BitSet dates = new BitSet();
        for (int style = 0; style < cellFormats.size(); style++) {
            int format = cellFormats.get(style);
            if (CellValues.isDateFormat(format, formats.get(format))) {
                dates.set(style);
            }
        }
        return dates;
    }

    static @Nullable Integer integer(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        }
        catch (NumberFormatException ex) {
            return null;
        }
    }

    /** The rows of the first sheet, pulled one by one from its XML. */
    private static final class Sheet extends SheetRecords {

        private final ZipParts zip;

        private final InputStream data;

        private final XMLStreamReader xml;

        private final List<String> strings;

        private final BitSet dateStyles;

        private final boolean date1904;

        private final RecordLimits limits;

        Sheet(ZipParts zip, InputStream data, XMLStreamReader xml, List<String> strings, BitSet dateStyles,
                boolean date1904, RecordLimits limits, String fileName) {
            super(limits, MAX_ROWS, fileName);
            this.zip = zip;
            this.data = data;
            this.xml = xml;
            this.strings = strings;
            this.dateStyles = dateStyles;
            this.date1904 = date1904;
            this.limits = limits;
        }

        @Override
        protected boolean readOn() throws Exception {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                    row();
                    return true;
                }
            }
            return false;
        }

        private void row() throws XMLStreamException, DamagedSheet {
            Long number = rowNumber(xml.getAttributeValue(null, "r"));
            startRow(number == null ? nextLine() : number);
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                    break;
                }
                if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("the sheet ends inside a row");
                }
                if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
                    int column = column(xml.getAttributeValue(null, "r"));
                    cell(column < 0 ? nextColumn() : column, cellValue());
                }
            }
            endRow(1);
        }

        private static @Nullable Long rowNumber(@Nullable String r) {
            if (r == null) {
                return null;
            }
            try {
                long n = Long.parseLong(r.trim());
                return n >= 1 ? n : null;
            }
            catch (NumberFormatException ex) {
                return null;
            }
        }

        /** The column of a reference such as {@code AB12}, from 0; -1 without one. */
        private static int column(@Nullable String reference) {
            if (reference == null) {
                return -1;
            }
            int column = 0;
            int i = 0;
            for (; i < reference.length() && i < 4; i++) {
                char c = Character.toUpperCase(reference.charAt(i));
                if (c < 'A' || c > 'Z') {
                    break;
                }
                column = column * 26 + (c - 'A' + 1);
            }
            return i == 0 ? -1 : column - 1;
        }

        /**
         * The cell's value as the program shows it; the reader is on its start element
         * and leaves it on its end.
         */
        private String cellValue() throws XMLStreamException {
            String type = xml.getAttributeValue(null, "t");
            Integer style = integer(xml.getAttributeValue(null, "s"));
            String value = null;
            StringBuilder inline = null;
            int depth = 1;
            long limit = limits.maxCellLength() + 1L;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("v")) {
                        value = SafeXml.text(xml, limit);
                    }
                    else if (name.equals("rPh") || name.equals("f") || name.equals("extLst")) {
                        SafeXml.skip(xml);
                    }
                    else if (name.equals("t")) {
                        if (inline == null) {
                            inline = new StringBuilder();
                        }
                        if (inline.length() <= limit) {
                            inline.append(SafeXml.text(xml, limit));
                        }
                        else {
                            SafeXml.skip(xml);
                        }
                    }
                    else {
                        depth++;
                    }
                }
                else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
                else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("the sheet ends inside a cell");
                }
            }
            if ("inlineStr".equals(type)) {
                return inline == null ? "" : inline.toString();
            }
            if (value == null) {
                return inline == null ? "" : inline.toString();
            }
            if (type == null || type.equals("n")) {
                if (value.isBlank()) {
                    return "";
                }
                if (style != null && style >= 0 && dateStyles.get(style)) {
                    try {
                        return CellValues.date(Double.parseDouble(value.trim()), date1904);
                    }
                    catch (NumberFormatException ex) {
                        return value;
                    }
                }
                return CellValues.number(value);
            }
            return switch (type) {
                case "s" -> sharedString(value);
                case "b" -> CellValues.bool(value.trim().equals("1") || value.trim().equalsIgnoreCase("true"));
                case "d" -> CellValues.isoDateTime(value);
                default -> value;
            };
        }

        private String sharedString(String index) {
            Integer i = integer(index);
            // a reference to a string the table lacks is an empty cell in Excel's eyes
            return i == null || i < 0 || i >= strings.size() ? "" : strings.get(i);
        }

        @Override
        public void close() throws IOException {
            zip.close(xml, data);
        }

    }

}
