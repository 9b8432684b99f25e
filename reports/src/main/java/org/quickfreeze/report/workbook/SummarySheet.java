package org.quickfreeze.report.workbook;

import org.apache.poi.ss.usermodel.Sheet;
import org.quickfreeze.report.model.FollowUpFigures;
import org.quickfreeze.report.model.PeriodFigures;
import org.quickfreeze.report.model.ReportHeader;
import org.quickfreeze.report.model.ReportModel;
import org.quickfreeze.report.model.StateName;

/**
 * {@code Summary}: what the run covers and its key figures, one per row. The
 * preservations per state are named for the reader and carry their code, with the count a
 * month ago (D′) and the change beside the count as of D.
 */
final class SummarySheet {

    static final String[] COLUMNS = { "item", "value", "a_month_ago", "change", "code" };

    private final TableWriter table;

    SummarySheet(Sheet sheet, CellStyles styles) {
        this.table = new TableWriter(sheet, styles);
    }

    void write(ReportModel model) {
        ReportHeader h = model.header();
        FollowUpFigures all = model.overall();
        PeriodFigures period = model.periodOverall();
        int header = table.header(COLUMNS);
        table.row("as-of day", h.asOf());
        table.row("period", h.periodLabel());
        table.row("period from", h.periodFrom());
        table.row("period to", h.periodTo());
        table.row("a month ago (D′)", h.monthAgo());
        table.row("follow-up limit (days, L1)", h.followUpDays());
        table.row("maximum preservation (days, L2)", h.maxPreservationDays());
        table.row("due-soon warning (days, W)", h.dueSoonDays());
        table.row("parties", String.join(", ", h.parties()));
        for (StateName s : StateName.ALL) {
            long now = model.count(s.code());
            long before = model.countMonthAgo(s.code());
            table.row("preservations: " + s.name(), now, before, now - before, s.code());
        }
        table.row("preservations (not excluded)", all.preservations());
        table.row("followed up", all.followedUp());
        table.row("flagged", all.flagged());
        table.row("due soon", all.dueSoon());
        table.row("matured 60", all.matured60());
        table.row("within-60 rate", all.within60());
        table.row("matured 90", all.matured90());
        table.row("within-90 rate", all.within90());
        table.row("median delay (days)", all.delay().median());
        table.row("p90 delay (days)", all.delay().p90());
        table.row("half followed up by day (Kaplan–Meier median)",
                all.timeToFollowUp() == null ? null : all.timeToFollowUp().median());
        table.row("period: 60-day deadlines", period.due60());
        table.row("period: within-60 rate", period.within60());
        table.row("period: 90-day deadlines", period.due90());
        table.row("period: within-90 rate", period.within90());
        table.row("rows read", model.dataQuality().rowsRead());
        table.row("rows loaded", model.dataQuality().rowsLoaded());
        table.row("rows rejected", model.dataQuality().rowsRejected());
        table.row("unresolved links", model.dataQuality().unresolvedLinks().size());
        table.row("generated at", h.generatedAt().toLocalDateTime());
        table.autoFilter(header, table.nextRow() - 1, COLUMNS.length);
        table.finish(1);
    }

}
