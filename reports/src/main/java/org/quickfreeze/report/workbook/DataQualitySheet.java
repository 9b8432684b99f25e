package org.quickfreeze.report.workbook;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.quickfreeze.report.model.DataQuality;
import org.quickfreeze.report.model.FileQuality;
import org.quickfreeze.report.model.LinkQuality;
import org.quickfreeze.report.text.Messages;

/**
 * {@code Data quality}: per input file the rows read, loaded, rejected and empty (which
 * add up), its SHA-256 and status; rejects by code; unresolved links; unknown columns.
 */
final class DataQualitySheet {

    static final String[] FILE_COLUMNS = { "file", "status", "rows_read", "loaded", "rejected", "empty", "reconciles",
            "sha256", "reason", "size", "loaded_at", "mapping" };

    private final XSSFSheet sheet;

    private final TableWriter table;

    private final Messages m;

    DataQualitySheet(XSSFSheet sheet, CellStyles styles, Messages m) {
        this.sheet = sheet;
        this.table = new TableWriter(sheet, styles);
        this.m = m;
    }

    void write(DataQuality quality) {
        int header = table.header(Columns.titles(m, FILE_COLUMNS));
        long read = 0;
        long loaded = 0;
        long rejected = 0;
        long empty = 0;
        for (FileQuality f : quality.files()) {
            table.row(f.name(), f.status(), f.rowsRead(), f.rowsLoaded(), f.rowsRejected(), f.rowsEmpty(),
                    reconciles(f.rowsRead(), f.rowsLoaded(), f.rowsRejected(), f.rowsEmpty()), f.sha256(), f.reason(),
                    f.sizeBytes(), f.loadedAt(), f.mapping());
            read += f.rowsRead();
            loaded += f.rowsLoaded();
            rejected += f.rowsRejected();
            empty += f.rowsEmpty();
        }
        table.autoFilter(header, table.nextRow() - 1, FILE_COLUMNS.length);
        table.boldRow(m.text("dataQuality.total"), null, read, loaded, rejected, empty,
                reconciles(read, loaded, rejected, empty));

        table.skipRow();
        table.limitWidthsTo(24);
        table.title(m.text("dataQuality.rejectsByCode"));
        int codes = table.header(Columns.titles(m, "code", "rows"));
        quality.rejectsByCode().forEach((code, n) -> table.row(code, n));
        ExcelTables.add(sheet, "RejectsByCode", codes, table.nextRow() - 1, 2);

        table.skipRow();
        table.title(m.text("dataQuality.unresolvedLinks"));
        int links = table.header(Columns.titles(m, "register", "request_id", "follows_up", "reason"));
        for (LinkQuality l : quality.unresolvedLinks()) {
            table.row(l.register(), l.requestId(), l.followsUp(), l.reason());
        }
        ExcelTables.add(sheet, "UnresolvedLinks", links, table.nextRow() - 1, 4);

        table.skipRow();
        table.title(m.text("dataQuality.unknownColumns"));
        int unknown = table.header(Columns.titles(m, "file", "column"));
        for (FileQuality f : quality.files()) {
            for (String column : f.unknownColumns()) {
                table.row(f.name(), column);
            }
        }
        ExcelTables.add(sheet, "UnknownColumns", unknown, table.nextRow() - 1, 2);
        table.finish(1);
    }

    private String reconciles(long read, long loaded, long rejected, long empty) {
        return m.text(read == loaded + rejected + empty ? "dataQuality.yes" : "dataQuality.no");
    }

}
