package org.quickfreeze.report.workbook;

import java.util.List;

import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.quickfreeze.report.model.TrendRow;
import org.quickfreeze.report.text.Messages;

/**
 * {@code Backlog}: the trend table and a native Excel line chart of it, drawn from the
 * table's cells.
 */
final class BacklogSheet {

    static final String[] COLUMNS = { "month", "opened", "followed_up", "awaiting", "overdue", "lapsed" };

    private final XSSFSheet sheet;

    private final TableWriter table;

    private final Messages m;

    BacklogSheet(XSSFSheet sheet, CellStyles styles, Messages m) {
        this.sheet = sheet;
        this.table = new TableWriter(sheet, styles);
        this.m = m;
    }

    void write(List<TrendRow> trend) {
        int header = table.header(Columns.titles(m, COLUMNS));
        for (TrendRow r : trend) {
            table.row(r.month().toString(), r.opened(), r.followedUp(), r.awaiting(), r.overdue(), r.lapsed());
        }
        int last = table.nextRow() - 1;
        table.autoFilter(header, last, COLUMNS.length);
        table.finish(1);
        if (!trend.isEmpty()) {
            // awaiting, overdue, lapsed: from calm to alarming; opened in grey, for scale
            new LineChart(sheet, m.text("backlog.chart.title"), m.text("backlog.chart.month"),
                    m.text("backlog.chart.preservations"))
                .draw(COLUMNS.length, header + 1, last, true, new LineChart.Line(3, PresetColor.ROYAL_BLUE),
                        new LineChart.Line(4, PresetColor.DARK_ORANGE), new LineChart.Line(5, PresetColor.DARK_RED),
                        new LineChart.Line(1, PresetColor.GRAY));
        }
    }

}
