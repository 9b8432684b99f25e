package org.quickfreeze.ingest.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks written part by part, in the shapes other tools than Excel write: without
 * cell references, in strict Open XML, with inline strings, in the 1904 date system,
 * OpenDocument tables with repeated rows. Each shape is what the standard allows and
 * Excel or Calc open without a word.
 */
final class HandMadeWorkbooks {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    static final String STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    static final String STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    private HandMadeWorkbooks() {
    }

    static Path zip(Path file, Map<String, String> parts) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    /**
     * An {@code .xlsx} of one sheet: the sheet's {@code sheetData} as given, shared
     * strings and styles when given (else none).
     */
    static Path xlsx(Path file, String sheetData, String sharedStrings, String styles, String workbookPr,
            boolean strict) throws IOException {
        String main = strict ? STRICT_MAIN : MAIN;
        String rel = strict ? STRICT_RELATIONSHIPS : RELATIONSHIPS;
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                        + "</Types>");
        parts.put("_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + rel
                        + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        parts.put("xl/workbook.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\">"
                        + workbookPr
                        + "<sheets><sheet name=\"Register\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        StringBuilder rels = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + rel
                        + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>");
        if (sharedStrings != null) {
            rels.append("<Relationship Id=\"rId2\" Type=\"" + rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
            parts.put("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + main + "\">"
                    + sharedStrings + "</sst>");
        }
        if (styles != null) {
            rels.append("<Relationship Id=\"rId3\" Type=\"" + rel + "/styles\" Target=\"styles.xml\"/>");
            parts.put("xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + main + "\">"
                    + styles + "</styleSheet>");
        }
        parts.put("xl/_rels/workbook.xml.rels", rels + "</Relationships>");
        parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + main
                + "\"><sheetData>" + sheetData + "</sheetData></worksheet>");
        return zip(file, parts);
    }

    /** An {@code .ods} of one table: the table's rows as given. */
    static Path ods(Path file, String rows, String manifestExtra) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
        parts.put("META-INF/manifest.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
                        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
                        + manifestExtra + "</manifest:file-entry></manifest:manifest>");
        parts.put("content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
                + "<table:table table:name=\"Register\"><table:table-column table:number-columns-repeated=\"4\"/>"
                + rows + "</table:table><table:table table:name=\"Other\"><table:table-row><table:table-cell "
                + "office:value-type=\"string\"><text:p>second table</text:p></table:table-cell></table:table-row>"
                + "</table:table></office:spreadsheet></office:body></office:document-content>");
        return zip(file, parts);
    }

}
