package org.quickfreeze.report.workbook;

import java.util.List;

import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.quickfreeze.report.model.CurvePoint;
import org.quickfreeze.report.text.Messages;

/**
 * {@code Time to follow-up}: the Kaplan–Meier share of preservations followed up by each
 * day 0 … 180, for all, sent and received, and a native Excel line chart of the three
 * curves. A day no preservation has yet lasted is empty.
 */
final class TimeToFollowUpSheet {

    static final String[] COLUMNS = { "day", "all", "SENT", "RECEIVED" };

    private final XSSFSheet sheet;

    private final TableWriter table;

    private final Messages m;

    TimeToFollowUpSheet(XSSFSheet sheet, CellStyles styles, Messages m) {
        this.sheet = sheet;
        this.table = new TableWriter(sheet, styles);
        this.m = m;
    }

    void write(List<CurvePoint> curve) {
        int header = table.header(Columns.titles(m, COLUMNS));
        for (CurvePoint p : curve) {
            table.row(p.day(), Percent.of(p.all()), Percent.of(p.sent()), Percent.of(p.received()));
        }
        int last = table.nextRow() - 1;
        table.autoFilter(header, last, COLUMNS.length);
        table.finish(1);
        if (!curve.isEmpty()) {
            new LineChart(sheet, m.text("timeToFollowUp.chart.title"), m.text("timeToFollowUp.chart.days"),
                    m.text("timeToFollowUp.chart.share"))
                .draw(COLUMNS.length, header + 1, last, false, new LineChart.Line(1, PresetColor.BLACK),
                        new LineChart.Line(2, PresetColor.ROYAL_BLUE), new LineChart.Line(3, PresetColor.DARK_ORANGE));
        }
    }

}
