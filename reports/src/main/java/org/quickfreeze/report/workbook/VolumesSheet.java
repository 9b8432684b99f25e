package org.quickfreeze.report.workbook;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.quickfreeze.report.model.ReportModel;
import org.quickfreeze.report.model.VolumeRow;

/**
 * {@code Volumes}: the T-CY table for the period (sent and received by family,
 * counterparts most requests first, a {@code Total} row), then the same figures per
 * counterpart of each party.
 */
final class VolumesSheet {

    static final String[] TCY_COLUMNS = { "Party", "Total sent", "Preservation (Art. 29+30)", "MLA (Art. 31+33+34)",
            "To", "Total received", "Preservation", "MLA", "From" };

    static final String[] COUNTERPART_COLUMNS = { "Party", "Counterpart", "Total sent", "Preservation (Art. 29+30)",
            "MLA (Art. 31+33+34)", "Total received", "Preservation", "MLA" };

    private final XSSFSheet sheet;

    private final TableWriter table;

    VolumesSheet(XSSFSheet sheet, CellStyles styles) {
        this.sheet = sheet;
        this.table = new TableWriter(sheet, styles);
    }

    void write(ReportModel model) {
        int header = table.header(TCY_COLUMNS);
        for (VolumeRow r : model.volumes().parties()) {
            table.row(r.party(), r.sentTotal(), r.sentPreservation(), r.sentMla(), String.join(", ", r.to()),
                    r.receivedTotal(), r.receivedPreservation(), r.receivedMla(), String.join(", ", r.from()));
        }
        // The Total row stays outside the filtered range so that sorting the parties
        // leaves it last.
        table.autoFilter(header, table.nextRow() - 1, TCY_COLUMNS.length);
        VolumeRow t = model.volumes().total();
        table.boldRow(t.party(), t.sentTotal(), t.sentPreservation(), t.sentMla(), String.join(", ", t.to()),
                t.receivedTotal(), t.receivedPreservation(), t.receivedMla(), String.join(", ", t.from()));
        table.skipRow();
        table.limitWidthsTo(24);
        table.title("Per counterpart, requests in the period " + model.header().periodLabel());
        int counterpartHeader = table.header(COUNTERPART_COLUMNS);
        for (VolumeRow r : model.volumes().counterparts()) {
            table.row(r.party(), r.counterpart(), r.sentTotal(), r.sentPreservation(), r.sentMla(), r.receivedTotal(),
                    r.receivedPreservation(), r.receivedMla());
        }
        if (!model.volumes().counterparts().isEmpty()) {
            ExcelTables.add(sheet, "PerCounterpart", counterpartHeader, table.nextRow() - 1,
                    COUNTERPART_COLUMNS.length);
        }
        table.finish(1);
    }

}
