package org.quickfreeze.report.workbook;

import java.util.List;

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
import org.quickfreeze.report.model.TrendRow;

/**
 * {@code Backlog}: the trend table and a native Excel line chart of it, drawn
 * from the table's cells so that Excel or LibreOffice redraws it when a figure
 * is changed.
 */
final class BacklogSheet {

    static final String[] COLUMNS = { "month", "opened", "followed_up", "awaiting", "overdue", "lapsed" };

    /** awaiting, overdue, lapsed, opened: from calm to alarming, opened in grey. */
    private static final PresetColor[] SERIES_COLOURS = { PresetColor.ROYAL_BLUE, PresetColor.DARK_ORANGE,
            PresetColor.DARK_RED, PresetColor.GRAY };

    private final XSSFSheet sheet;

    private final TableWriter table;

    BacklogSheet(XSSFSheet sheet, CellStyles styles) {
        this.sheet = sheet;
        this.table = new TableWriter(sheet, styles);
    }

    void write(List<TrendRow> trend) {
        int header = table.header(COLUMNS);
        for (TrendRow r : trend) {
            table.row(r.month().toString(), r.opened(), r.followedUp(), r.awaiting(), r.overdue(), r.lapsed());
        }
        int last = table.nextRow() - 1;
        table.autoFilter(header, last, COLUMNS.length);
        table.finish(1);
        if (!trend.isEmpty()) {
            chart(header + 1, last);
        }
    }

    private void chart(int firstRow, int lastRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, COLUMNS.length + 1, 1, COLUMNS.length + 13, 24);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Preservations awaiting follow-up, overdue and lapsed, by month");
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
        months.setTitle("month");
        XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
        counts.setTitle("preservations");
        counts.setCrosses(AxisCrosses.AUTO_ZERO);

        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, 0, 0));
        XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, months, counts);
        data.setVaryColors(false);
        int[] columns = { 3, 4, 5, 1 };
        for (int i = 0; i < columns.length; i++) {
            int column = columns[i];
            var values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(firstRow, lastRow, column, column));
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(categories, values);
            series.setTitle(COLUMNS[column], new CellReference(sheet.getSheetName(), firstRow - 1, column, true, true));
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            XDDFSolidFillProperties colour = new XDDFSolidFillProperties(XDDFColor.from(SERIES_COLOURS[i]));
            XDDFLineProperties line = new XDDFLineProperties();
            line.setFillProperties(colour);
            line.setWidth(2.0);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setLineProperties(line);
            series.setShapeProperties(shape);
        }
        chart.plot(data);
    }
}
