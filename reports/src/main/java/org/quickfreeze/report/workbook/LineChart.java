package org.quickfreeze.report.workbook;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A native Excel line chart drawn from a table's cells, placed to the right of the table,
 * so that Excel or LibreOffice redraws it when a figure is changed. The first column of
 * the table is the category (month, day); each series is named by its column's header.
 */
final class LineChart {

    /** A column of the table drawn as a line, in a colour. */
    record Line(int column, PresetColor colour) {
    }

    private final XSSFSheet sheet;

    private final String title;

    private final String categoryTitle;

    private final String valueTitle;

    LineChart(XSSFSheet sheet, String title, String categoryTitle, String valueTitle) {
        this.sheet = sheet;
        this.title = title;
        this.categoryTitle = categoryTitle;
        this.valueTitle = valueTitle;
    }

    /**
     * Draws the lines of the rows {@code firstRow … lastRow} (below the header row),
     * markers where asked.
     */
    void draw(int tableColumns, int firstRow, int lastRow, boolean markers, Line... lines) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, tableColumns + 1, 1, tableColumns + 13, 24);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        categories.setTitle(categoryTitle);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setTitle(valueTitle);
        values.setCrosses(AxisCrosses.AUTO_ZERO);

        CellRangeAddress categoryCells = new CellRangeAddress(firstRow, lastRow, 0, 0);
        XDDFDataSource<?> labels = sheet.getRow(firstRow).getCell(0).getCellType() == CellType.NUMERIC
                ? XDDFDataSourcesFactory.fromNumericCellRange(sheet, categoryCells)
                : XDDFDataSourcesFactory.fromStringCellRange(sheet, categoryCells);
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, categories, values);
        data.setVaryColors(false);
        for (Line l : lines) {
            var cells = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstRow, lastRow, l.column(), l.column()));
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(labels, cells);
            series.setTitle(sheet.getRow(firstRow - 1).getCell(l.column()).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), firstRow - 1, l.column(), true, true));
            series.setSmooth(false);
            series.setMarkerStyle(markers ? MarkerStyle.CIRCLE : MarkerStyle.NONE);
            XDDFLineProperties line = new XDDFLineProperties();
            line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(l.colour())));
            line.setWidth(2.0);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setLineProperties(line);
            series.setShapeProperties(shape);
        }
        chart.plot(data);
    }

}
