package org.quickfreeze.report.workbook;

import java.util.List;

import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.quickfreeze.report.model.CurvePoint;

/**
 * {@code Time to follow-up}: the Kaplan–Meier share of preservations followed up by each
 * day 0 … 180, for all, sent and received, and a native Excel line chart of the three
 * curves. A day no preservation has yet lasted is empty.
 */
final class TimeToFollowUpSheet {

    static final String[] COLUMNS = { "day", "all", "SENT", "RECEIVED" };

    private final XSSFSheet sheet;

    private final TableWriter table;

    TimeToFollowUpSheet(XSSFSheet sheet, CellStyles styles) {
        this.sheet = sheet;
        this.table = new TableWriter(sheet, styles);
    }

    void write(List<CurvePoint> curve) {
        int header = table.header(COLUMNS);
        for (CurvePoint p : curve) {
            table.row(p.day(), Percent.of(p.all()), Percent.of(p.sent()), Percent.of(p.received()));
        }
        int last = table.nextRow() - 1;
        table.autoFilter(header, last, COLUMNS.length);
        table.finish(1);
        if (!curve.isEmpty()) {
            new LineChart(sheet, "Share of preservations followed up by an MLA request, by day (Kaplan–Meier)",
                    "days since the start of preservation", "followed up")
                .draw(COLUMNS.length, header + 1, last, false, new LineChart.Line(1, PresetColor.BLACK),
                        new LineChart.Line(2, PresetColor.ROYAL_BLUE), new LineChart.Line(3, PresetColor.DARK_ORANGE));
        }
    }

}
