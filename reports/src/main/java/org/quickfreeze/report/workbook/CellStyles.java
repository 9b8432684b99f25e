package org.quickfreeze.report.workbook;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles of the workbook, created once and shared by every sheet. */
final class CellStyles {

    final CellStyle header;

    final CellStyle text;

    final CellStyle bold;

    final CellStyle integer;

    final CellStyle oneDecimal;

    final CellStyle percent;

    final CellStyle date;

    final CellStyle dateTime;

    CellStyles(Workbook workbook) {
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        var format = workbook.createDataFormat();

        header = workbook.createCellStyle();
        header.setFont(boldFont);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        text = workbook.createCellStyle();
        text.setDataFormat(format.getFormat("@"));
        integer = numeric(workbook, format.getFormat("0"));
        oneDecimal = numeric(workbook, format.getFormat("0.0"));
        percent = numeric(workbook, format.getFormat("0.0%"));
        date = numeric(workbook, format.getFormat("yyyy-mm-dd"));
        dateTime = numeric(workbook, format.getFormat("yyyy-mm-dd hh:mm"));
    }

    private static CellStyle numeric(Workbook workbook, short format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(format);
        return style;
    }

}
