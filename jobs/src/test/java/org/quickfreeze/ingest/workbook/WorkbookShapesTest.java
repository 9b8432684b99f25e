package org.quickfreeze.ingest.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.ingest.export.ExportRecord;
import org.quickfreeze.ingest.export.RecordLimits;
import org.quickfreeze.ingest.export.RecordSource;
import org.quickfreeze.ingest.export.UnusableFile;

/**
 * The shapes a workbook comes in, read as the program that shows it would: each reader on
 * a workbook made for one shape, the records compared with what Excel or Calc shows.
 */
class WorkbookShapesTest {

    @TempDir
    Path home;

    private final XlsxExport xlsx = new XlsxExport(RecordLimits.DEFAULT);

    private final XlsExport xls = new XlsExport(RecordLimits.DEFAULT);

    private final OdsExport ods = new OdsExport(RecordLimits.DEFAULT);

    private static List<String> read(SheetExport format, Path file) throws IOException, UnusableFile {
        List<String> lines = new ArrayList<>();
        try (RecordSource records = format.open(file)) {
            for (ExportRecord r = records.next(); r != null; r = records.next()) {
                if (r instanceof ExportRecord.Cells c) {
                    lines.add(r.line() + ": " + String.join("|", c.cells()));
                }
                else if (r instanceof ExportRecord.Malformed m) {
                    lines.add(r.line() + ": malformed " + m.message());
                }
                else {
                    lines.add(r.line() + ": (empty)");
                }
            }
        }
        return lines;
    }

    @Test
    void xlsxWithoutRowOrCellReferencesReadsEachCellAfterTheOneBefore() throws Exception {
        Path file = HandMadeWorkbooks.xlsx(home.resolve("plain.xlsx"),
                "<row><c t=\"inlineStr\"><is><t>request_id</t></is></c><c t=\"inlineStr\"><is><t>party</t></is></c></row>"
                        + "<row><c t=\"inlineStr\"><is><t>P1</t></is></c><c t=\"inlineStr\"><is><t>RO</t></is></c></row>"
                        + "<row><c r=\"B3\" t=\"inlineStr\"><is><t>DE</t></is></c></row>",
                null, null, "", false);
        assertThat(read(xlsx, file)).containsExactly("1: request_id|party", "2: P1|RO", "3: |DE");
    }

    @Test
    void strictOpenXmlWorkbookIsReadLikeATransitionalOne() throws Exception {
        Path file = HandMadeWorkbooks.xlsx(home.resolve("strict.xlsx"),
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>2</v></c><c r=\"B2\"><v>40067</v></c></row>",
                "<si><t>request_id</t></si><si><t>number</t></si><si><t>P-1</t></si>", null, "", true);
        assertThat(read(xlsx, file)).containsExactly("1: request_id|number", "2: P-1|40067");
    }

    @Test
    void chartSheetBeforeTheRegisterIsPassedOverForTheFirstWorksheet() throws Exception {
        Path plain = HandMadeWorkbooks.xlsx(home.resolve("plain.xlsx"),
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>request_id</t></is></c></row>", null, null, "", false);
        java.util.Map<String, String> parts = new java.util.LinkedHashMap<>();
        try (var zip = new java.util.zip.ZipFile(plain.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                parts.put(entry.getName(),
                        new String(zip.getInputStream(entry).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        parts.put("xl/workbook.xml", parts.get("xl/workbook.xml")
            .replace("<sheets>", "<sheets><sheet name=\"Chart\" sheetId=\"2\" r:id=\"rId9\"/>"));
        parts.put("xl/_rels/workbook.xml.rels",
                parts.get("xl/_rels/workbook.xml.rels")
                    .replace("</Relationships>", "<Relationship Id=\"rId9\" Type=\"" + HandMadeWorkbooks.RELATIONSHIPS
                            + "/chartsheet\" Target=\"chartsheets/sheet1.xml\"/></Relationships>"));
        parts.put("xl/chartsheets/sheet1.xml", "<chartsheet xmlns=\"" + HandMadeWorkbooks.MAIN + "\"/>");
        Path file = HandMadeWorkbooks.zip(home.resolve("chart-first.xlsx"), parts);
        assertThat(read(xlsx, file)).containsExactly("1: request_id");
    }

    @Test
    void richTextRunsAreJoinedAndPhoneticGuidesLeftOut() throws Exception {
        Path file = HandMadeWorkbooks.xlsx(home.resolve("rich.xlsx"),
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><r><rPr><b/></rPr>"
                        + "<t>Ho</t></r><r><t xml:space=\"preserve\">rea </t></r><r><t>Nouă</t></r></is></c></row>",
                "<si><r><t>Tribunal</t></r><r><rPr><i/></rPr><t>ul</t></r><rPh sb=\"0\" eb=\"1\"><t>x</t></rPh></si>",
                null, "", false);
        assertThat(read(xlsx, file)).containsExactly("1: Tribunalul|Horea Nouă");
    }

    @Test
    void dateCellOfThe1904DateSystemIsItsDay() throws Exception {
        String styles = "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
                + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\"/></cellXfs>";
        // 44623 is 2026-03-04 counted from 1904-01-01; in the 1900 system it is 46085
        Path file = HandMadeWorkbooks.xlsx(home.resolve("mac.xlsx"),
                "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>44623</v></c><c r=\"B1\" s=\"1\"><v>44623.75</v></c></row>", null,
                styles, "<workbookPr date1904=\"1\"/>", false);
        Path file1900 = HandMadeWorkbooks.xlsx(home.resolve("windows.xlsx"),
                "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>46085</v></c><c r=\"B1\" s=\"0\"><v>46085</v></c></row>", null,
                styles, "", false);
        assertThat(read(xlsx, file)).containsExactly("1: 2026-03-04|2026-03-04T18:00");
        assertThat(read(xlsx, file1900)).containsExactly("1: 2026-03-04|46085");
    }

    @Test
    void formulaGivesItsCachedValueAndAnErrorCellItsText() throws Exception {
        Path file = HandMadeWorkbooks.xlsx(home.resolve("formulas.xlsx"),
                "<row r=\"1\"><c r=\"A1\" t=\"str\"><f>\"P\"&amp;\"1\"</f><v>P1</v></c><c r=\"B1\"><f>1+1</f><v>2</v></c>"
                        + "<c r=\"C1\" t=\"e\"><f>NA()</f><v>#N/A</v></c><c r=\"D1\" t=\"b\"><v>1</v></c>"
                        + "<c r=\"E1\"><v>12345.0</v></c><c r=\"F1\"><v>1.2345E4</v></c>"
                        + "<c r=\"G1\" t=\"d\"><v>2026-03-04T00:00:00</v></c></row>",
                null, null, "", false);
        assertThat(read(xlsx, file)).containsExactly("1: P1|2|#N/A|TRUE|12345|12345|2026-03-04");
    }

    @Test
    void emptyRowsBetweenRowsAreEmptyLinesAndThePaddingAtTheEndIsNoLine() throws Exception {
        Path file = HandMadeWorkbooks.xlsx(home.resolve("gaps.xlsx"),
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t> </t></is></c></row>"
                        + "<row r=\"5\"><c r=\"A5\" t=\"inlineStr\"><is><t>b</t></is></c></row>"
                        + "<row r=\"6\"/><row r=\"7\"><c r=\"A7\" s=\"0\"/></row><row r=\"900\"/>",
                null, null, "", false);
        assertThat(read(xlsx, file)).containsExactly("1: a", "2: (empty)", "3: (empty)", "4: (empty)", "5: b");
    }

    @Test
    void odsRepeatedRowsAndColumnsCountAsThatManyAndCommentsAreNoText() throws Exception {
        String cell = "<table:table-cell office:value-type=\"string\"><text:p>%s</text:p></table:table-cell>";
        Path file = HandMadeWorkbooks.ods(home.resolve("calc.ods"), "<table:table-row>" + cell.formatted("request_id")
                + cell.formatted("requested_on") + cell.formatted("count") + cell.formatted("flag")
                + "</table:table-row>" + "<table:table-row table:number-rows-repeated=\"2\">" + cell.formatted("P1")
                + "<table:table-cell office:value-type=\"date\" office:date-value=\"2026-03-04\"><text:p>04.03.26</text:p></table:table-cell>"
                + "<table:table-cell office:value-type=\"float\" office:value=\"12345\"><text:p>12.345</text:p></table:table-cell>"
                + "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"><text:p>TRUE</text:p></table:table-cell>"
                + "</table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"3\"><table:table-cell table:number-columns-repeated=\"4\"/></table:table-row>"
                + "<table:table-row><table:table-cell table:number-columns-spanned=\"2\" office:value-type=\"string\">"
                + "<office:annotation><text:p>checked by the clerk</text:p></office:annotation>"
                + "<text:p>two<text:s text:c=\"2\"/>spaces</text:p><text:p>second line</text:p></table:table-cell>"
                + "<table:covered-table-cell/><table:table-cell table:number-columns-repeated=\"2\" "
                + "office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row>"
                + "<table:table-row table:number-rows-repeated=\"1048570\"><table:table-cell "
                + "table:number-columns-repeated=\"1024\"/></table:table-row>", "");
        assertThat(read(ods, file)).containsExactly("1: request_id|requested_on|count|flag",
                "2: P1|2026-03-04|12345|TRUE", "3: P1|2026-03-04|12345|TRUE", "4: (empty)", "5: (empty)", "6: (empty)",
                "7: two  spaces\nsecond line||x|x");
    }

    @Test
    void odsProtectedByAPasswordIsRefusedWithWhatToDo() throws Exception {
        Path file = HandMadeWorkbooks.ods(home.resolve("locked.ods"), "<table:table-row/>",
                "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" manifest:checksum=\"x\"/>");
        assertThatThrownBy(() -> ods.open(file)).isInstanceOf(UnusableFile.class)
            .hasMessage("the workbook is protected by a password: save a copy without one");
    }

    @Test
    void xlsGivesTextNumbersDatesFormulasBooleansAndErrorsAsExcelShowsThem() throws Exception {
        Path file = home.resolve("register.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
            Sheet sheet = workbook.createSheet("Register");
            workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("not read");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("request_id");
            header.createCell(1).setCellValue("requested_on");
            Row row = sheet.createRow(3);
            row.createCell(0).setCellValue(40067);
            row.createCell(1).setCellValue(46085);
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellFormula("\"P\"&\"1\"");
            row.createCell(3).setCellFormula("1+1");
            row.createCell(4).setCellValue(true);
            row.createCell(5).setCellErrorValue(FormulaError.NA.getCode());
            row.createCell(6).setCellValue("merged");
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 6, 7));
            row.createCell(8).setCellValue(0.1 + 0.2);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        assertThat(read(xls, file)).containsExactly("1: request_id|requested_on", "2: (empty)", "3: (empty)",
                "4: 40067|2026-03-04|P1|2|TRUE|#N/A|merged||0.3");
    }

    @Test
    void xlsProtectedByAPasswordIsRefusedWithWhatToDo() throws Exception {
        Path file = home.resolve("locked.xls");
        org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Register").createRow(0).createCell(0).setCellValue("request_id");
            workbook.write(out);
        }
        finally {
            org.apache.poi.hssf.record.crypto.Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertThatThrownBy(() -> xls.open(file)).isInstanceOf(UnusableFile.class)
            .hasMessage("the workbook is protected by a password: save a copy without one");
    }

    @Test
    void excel95WorkbookIsRefusedAsAnOlderFormat() throws Exception {
        Path file = home.resolve("old.xls");
        try (POIFSFileSystem container = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            container.createDocument(
                    new java.io.ByteArrayInputStream(new byte[] { 9, 8, 8, 0, 0, 5, 5, 0, 0, 0, 0, 0 }), "Book");
            container.writeFilesystem(out);
        }
        assertThatThrownBy(() -> xls.open(file)).isInstanceOf(UnusableFile.class)
            .hasMessage("this is an Excel 5.0/95 workbook or older, which is not read: save it in Excel or Calc as "
                    + "Excel Workbook (.xlsx)");
    }

    @Test
    void xlsxProtectedByAPasswordIsAnEncryptedPackageAndSaysSo() throws Exception {
        Path file = home.resolve("locked.xlsx");
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream data = encryptor.getDataStream(container)) {
                workbook.createSheet("Register").createRow(0).createCell(0).setCellValue("request_id");
                workbook.write(data);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                container.writeFilesystem(out);
            }
        }
        assertThat(XlsExport.holdsEncryptedPackage(file)).isTrue();
        assertThatThrownBy(() -> xls.open(file)).isInstanceOf(UnusableFile.class)
            .hasMessage("the workbook is protected by a password: save a copy without one");
    }

    @Test
    void partThatDeclaresADocumentTypeIsRefusedInAClerksWords() throws Exception {
        Path file = HandMadeWorkbooks.zip(home.resolve("dtd.ods"),
                java.util.Map.of("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"boom\">]><x>&e;</x>"));
        List<String> lines = read(ods, file);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).isEqualTo("1: malformed " + WorkbookProblems.DOCUMENT_TYPE);
    }

    @Test
    void partCompressedWithAMethodSpreadsheetsNeverUseIsRefusedInOneSentence() throws Exception {
        // found by ReaderFuzzTest: a content.xml compressed with zstd (zip method 93)
        // made
        // the zip library reach for a codec that is not there
        Path file = Files.copy(org.quickfreeze.testsupport.Fixtures.onClassPath(
                "org/quickfreeze/ingest/ReaderFuzzTestInputs/odsReader/crash-911086c8b31e531e739ed6778365d7b4275a6ce1"),
                home.resolve("register.ods"));
        assertThatThrownBy(() -> ods.open(file)).isInstanceOf(UnusableFile.class)
            .hasMessageStartingWith(
                    "the workbook's parts are compressed in a way Excel and Calc never write (zip method ")
            .hasMessageEndingWith("): open it in Excel or Calc and save it again");
    }

    @Test
    void truncatedWorkbookIsDamagedInOneSentence() throws Exception {
        Path whole = HandMadeWorkbooks.xlsx(home.resolve("whole.xlsx"),
                "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row>", null, null, "", false);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(home.resolve("cut.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> xlsx.open(cut)).isInstanceOf(UnusableFile.class)
            .hasMessage("the Excel workbook is damaged and cannot be read: open it in Excel or Calc and save it "
                    + "again, or export the register again if they cannot open it either");
    }

}
