package org.quickfreeze.report.workbook;

import java.util.List;

import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.quickfreeze.report.model.TrendRow;

/**
 * {@code Backlog}: the trend table and a native Excel line chart of it, drawn from the
 * table's cells.
 */
final class BacklogSheet {

    static final String[] COLUMNS = { "month", "opened", "followed_up", "awaiting", "overdue", "lapsed" };

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
            // awaiting, overdue, lapsed: from calm to alarming; opened in grey, for scale
            new LineChart(sheet, "Preservations awaiting follow-up, overdue and lapsed, by month", "month",
                    "preservations")
                .draw(COLUMNS.length, header + 1, last, true, new LineChart.Line(3, PresetColor.ROYAL_BLUE),
                        new LineChart.Line(4, PresetColor.DARK_ORANGE), new LineChart.Line(5, PresetColor.DARK_RED),
                        new LineChart.Line(1, PresetColor.GRAY));
        }
    }

}
