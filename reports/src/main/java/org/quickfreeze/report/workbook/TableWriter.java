package org.quickfreeze.report.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.quickfreeze.report.model.Rate;

/**
 * Writes tables into a sheet row by row with typed cells: text is always a string cell
 * (never a formula, whatever it starts with), counts and days are numbers, rates are
 * percentages, days are date cells. Keeps the widest content of each column so that the
 * widths fit without POI's auto-size, which a streamed sheet cannot do cheaply.
 */
final class TableWriter {

    private static final int MAX_WIDTH_CHARS = 60;

    private final Sheet sheet;

    private final CellStyles styles;

    private final List<Integer> widths = new ArrayList<>();

    private int nextRow;

    private int widestData = MAX_WIDTH_CHARS;

    TableWriter(Sheet sheet, CellStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /**
     * Later tables of a sheet share its columns with the first: their cells widen a
     * column up to {@code chars} only, and longer text runs on into the empty cells to
     * its right, as spreadsheets show it.
     */
    void limitWidthsTo(int chars) {
        widestData = chars;
    }

    int nextRow() {
        return nextRow;
    }

    void skipRow() {
        nextRow++;
    }

    /** A bold title line above a table. */
    void title(String title) {
        Row row = sheet.createRow(nextRow++);
        Cell cell = row.createCell(0);
        cell.setCellValue(title);
        cell.setCellStyle(styles.bold);
    }

    /**
     * @return the index of the header row
     */
    int header(String... names) {
        int index = nextRow++;
        Row row = sheet.createRow(index);
        for (int i = 0; i < names.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(names[i]);
            cell.setCellStyle(styles.header);
            fit(i, names[i].length() + 3);
        }
        return index;
    }

    void row(Object... values) {
        row(false, values);
    }

    void boldRow(Object... values) {
        row(true, values);
    }

    private void row(boolean bold, Object... values) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            int width = write(cell, value);
            if (bold && value instanceof String) {
                cell.setCellStyle(styles.bold);
            }
            fit(i, Math.min(widestData, width));
        }
    }

    private int write(Cell cell, Object value) {
        if (value instanceof String s) {
            cell.setCellValue(s);
            cell.setCellStyle(styles.text);
            return s.length();
        }
        if (value instanceof Integer || value instanceof Long) {
            cell.setCellValue(((Number) value).doubleValue());
            cell.setCellStyle(styles.integer);
            return value.toString().length();
        }
        if (value instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
            cell.setCellStyle(styles.oneDecimal);
            return d.toPlainString().length() + 1;
        }
        if (value instanceof Rate rate) {
            Double fraction = rate.fraction();
            if (fraction == null) {
                cell.setBlank();
                return 0;
            }
            cell.setCellValue(fraction);
            cell.setCellStyle(styles.percent);
            return 7;
        }
        if (value instanceof Percent p) {
            cell.setCellValue(p.value().movePointLeft(2).doubleValue());
            cell.setCellStyle(styles.percent);
            return 7;
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
            return 10;
        }
        if (value instanceof LocalDateTime time) {
            cell.setCellValue(time);
            cell.setCellStyle(styles.dateTime);
            return 16;
        }
        throw new IllegalArgumentException("no cell type for " + value.getClass());
    }

    private void fit(int column, int chars) {
        while (widths.size() <= column) {
            widths.add(0);
        }
        widths.set(column, Math.max(widths.get(column), chars));
    }

    /** Auto-filter over a table: the sheet's own filter (one per sheet in Excel). */
    void autoFilter(int headerRow, int lastRow, int columns) {
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, columns - 1));
    }

    /** Bold frozen header, fitted widths, landscape printing one page wide. */
    void finish(int frozenRows) {
        if (frozenRows > 0) {
            sheet.createFreezePane(0, frozenRows);
        }
        for (int i = 0; i < widths.size(); i++) {
            int chars = Math.min(MAX_WIDTH_CHARS, Math.max(8, widths.get(i) + 2));
            sheet.setColumnWidth(i, chars * 256);
        }
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        if (frozenRows > 0) {
            sheet.setRepeatingRows(CellRangeAddress.valueOf("1:" + frozenRows));
        }
    }

}
