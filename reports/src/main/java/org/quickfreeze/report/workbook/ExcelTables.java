package org.quickfreeze.report.workbook;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;

/**
 * Excel allows one sheet auto-filter; a second table on the same sheet gets its filter by
 * being an Excel table (a list object) of its own.
 */
final class ExcelTables {

    private ExcelTables() {
    }

    static void add(XSSFSheet sheet, String name, int headerRow, int lastRow, int columns) {
        AreaReference area = new AreaReference(new CellReference(headerRow, 0),
                new CellReference(Math.max(lastRow, headerRow + 1), columns - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable table = sheet.createTable(area);
        table.setName(name);
        table.setDisplayName(name);
        table.getCTTable().addNewAutoFilter().setRef(area.formatAsString());
        table.getCTTable().addNewTableStyleInfo().setName("TableStyleLight1");
        table.getCTTable().getTableStyleInfo().setShowRowStripes(true);
    }

}
