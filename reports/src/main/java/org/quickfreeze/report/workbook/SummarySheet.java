package org.quickfreeze.report.workbook;

import org.apache.poi.ss.usermodel.Sheet;
import org.quickfreeze.report.model.FollowUpFigures;
import org.quickfreeze.report.model.PeriodFigures;
import org.quickfreeze.report.model.ReportHeader;
import org.quickfreeze.report.model.ReportModel;
import org.quickfreeze.report.model.StateName;
import org.quickfreeze.report.text.Messages;

/**
 * {@code Summary}: what the run covers and its key figures, one per row. The
 * preservations per state are named for the reader and carry their code, with the count a
 * month ago (D′) and the change beside the count as of D.
 */
final class SummarySheet {

    static final String[] COLUMNS = { "item", "value", "a_month_ago", "change", "code" };

    private final TableWriter table;

    private final Messages m;

    SummarySheet(Sheet sheet, CellStyles styles, Messages m) {
        this.table = new TableWriter(sheet, styles);
        this.m = m;
    }

    void write(ReportModel model) {
        ReportHeader h = model.header();
        FollowUpFigures all = model.overall();
        PeriodFigures period = model.periodOverall();
        int header = table.header(Columns.titles(m, COLUMNS));
        table.row(m.text("summary.asOf"), h.asOf());
        table.row(m.text("summary.period"), h.periodLabel());
        table.row(m.text("summary.periodFrom"), h.periodFrom());
        table.row(m.text("summary.periodTo"), h.periodTo());
        table.row(m.text("summary.monthAgo"), h.monthAgo());
        table.row(m.text("summary.followUpDays"), h.followUpDays());
        table.row(m.text("summary.maxDays"), h.maxPreservationDays());
        table.row(m.text("summary.dueSoonDays"), h.dueSoonDays());
        table.row(m.text("summary.parties"), String.join(", ", h.parties()));
        for (StateName s : StateName.ALL) {
            long now = model.count(s.code());
            long before = model.countMonthAgo(s.code());
            table.row(m.text("summary.state", "state", m.text(s.nameKey())), now, before, now - before, s.code());
        }
        table.row(m.text("summary.preservations"), all.preservations());
        table.row(m.text("summary.followedUp"), all.followedUp());
        table.row(m.text("summary.flagged"), all.flagged());
        table.row(m.text("summary.dueSoon"), all.dueSoon());
        table.row(m.text("summary.matured60"), all.matured60());
        table.row(m.text("summary.within60"), all.within60());
        table.row(m.text("summary.matured90"), all.matured90());
        table.row(m.text("summary.within90"), all.within90());
        table.row(m.text("summary.medianDelay"), all.delay().median());
        table.row(m.text("summary.p90Delay"), all.delay().p90());
        table.row(m.text("summary.kmMedian"), all.timeToFollowUp() == null ? null : all.timeToFollowUp().median());
        table.row(m.text("summary.periodDue60"), period.due60());
        table.row(m.text("summary.periodWithin60"), period.within60());
        table.row(m.text("summary.periodDue90"), period.due90());
        table.row(m.text("summary.periodWithin90"), period.within90());
        table.row(m.text("summary.rowsRead"), model.dataQuality().rowsRead());
        table.row(m.text("summary.rowsLoaded"), model.dataQuality().rowsLoaded());
        table.row(m.text("summary.rowsRejected"), model.dataQuality().rowsRejected());
        table.row(m.text("summary.unresolvedLinks"), model.dataQuality().unresolvedLinks().size());
        table.row(m.text("summary.generatedAt"), h.generatedAt().toLocalDateTime());
        table.autoFilter(header, table.nextRow() - 1, COLUMNS.length);
        table.finish(1);
    }

}
