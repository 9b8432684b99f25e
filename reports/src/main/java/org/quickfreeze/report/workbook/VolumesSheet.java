package org.quickfreeze.report.workbook;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.quickfreeze.report.model.ReportModel;
import org.quickfreeze.report.model.VolumeRow;
import org.quickfreeze.report.text.Messages;

/**
 * {@code Volumes}: the T-CY table for the period (sent and received by family,
 * counterparts most requests first, a {@code Total} row), then the same figures per
 * counterpart of each party.
 */
final class VolumesSheet {

    /** The columns by the keys of their titles in the bundles. */
    static final String[] TCY_COLUMNS = { "volumes.party", "volumes.sentTotal", "volumes.sentPreservation",
            "volumes.sentMla", "volumes.to", "volumes.receivedTotal", "volumes.receivedPreservation",
            "volumes.receivedMla", "volumes.from" };

    static final String[] COUNTERPART_COLUMNS = { "volumes.party", "volumes.counterpart", "volumes.sentTotal",
            "volumes.sentPreservation", "volumes.sentMla", "volumes.receivedTotal", "volumes.receivedPreservation",
            "volumes.receivedMla" };

    private final XSSFSheet sheet;

    private final TableWriter table;

    private final Messages m;

    VolumesSheet(XSSFSheet sheet, CellStyles styles, Messages m) {
        this.sheet = sheet;
        this.table = new TableWriter(sheet, styles);
        this.m = m;
    }

    void write(ReportModel model) {
        int header = table.header(Columns.keyed(m, "", TCY_COLUMNS));
        for (VolumeRow r : model.volumes().parties()) {
            table.row(r.party(), r.sentTotal(), r.sentPreservation(), r.sentMla(), String.join(", ", r.to()),
                    r.receivedTotal(), r.receivedPreservation(), r.receivedMla(), String.join(", ", r.from()));
        }
        // The Total row stays outside the filtered range so that sorting the parties
        // leaves it last.
        table.autoFilter(header, table.nextRow() - 1, TCY_COLUMNS.length);
        VolumeRow t = model.volumes().total();
        table.boldRow(m.text("volumes.total"), t.sentTotal(), t.sentPreservation(), t.sentMla(),
                String.join(", ", t.to()), t.receivedTotal(), t.receivedPreservation(), t.receivedMla(),
                String.join(", ", t.from()));
        table.skipRow();
        table.limitWidthsTo(24);
        table.title(m.text("volumes.perCounterpart", "period", model.header().periodLabel()));
        int counterpartHeader = table.header(Columns.keyed(m, "", COUNTERPART_COLUMNS));
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
