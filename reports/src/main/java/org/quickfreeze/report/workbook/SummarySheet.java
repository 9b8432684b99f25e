package org.quickfreeze.report.workbook;

import org.apache.poi.ss.usermodel.Sheet;
import org.quickfreeze.report.model.FollowUpFigures;
import org.quickfreeze.report.model.ReportHeader;
import org.quickfreeze.report.model.ReportModel;

/** {@code Summary}: what the run covers and its key figures, one per row. */
final class SummarySheet {

    private final TableWriter table;

    SummarySheet(Sheet sheet, CellStyles styles) {
        this.table = new TableWriter(sheet, styles);
    }

    void write(ReportModel model) {
        ReportHeader h = model.header();
        FollowUpFigures all = model.overall();
        int header = table.header("item", "value");
        table.row("as-of day", h.asOf());
        table.row("period", h.periodLabel());
        table.row("period from", h.periodFrom());
        table.row("period to", h.periodTo());
        table.row("follow-up limit (days, L1)", h.followUpDays());
        table.row("maximum preservation (days, L2)", h.maxPreservationDays());
        table.row("due-soon warning (days, W)", h.dueSoonDays());
        table.row("parties", String.join(", ", h.parties()));
        model.stateCounts().forEach((state, n) -> table.row("preservations " + state, n));
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
        table.row("rows read", model.dataQuality().rowsRead());
        table.row("rows loaded", model.dataQuality().rowsLoaded());
        table.row("rows rejected", model.dataQuality().rowsRejected());
        table.row("unresolved links", model.dataQuality().unresolvedLinks().size());
        table.row("generated at", h.generatedAt().toLocalDateTime());
        table.autoFilter(header, table.nextRow() - 1, 2);
        table.finish(1);
    }
}
