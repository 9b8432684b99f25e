package org.quickfreeze.ingest;

import java.util.List;

import org.quickfreeze.ingest.export.ExportRecord;
import org.quickfreeze.ingest.export.ExportRow;
import org.quickfreeze.ingest.validation.RejectCode;
import org.quickfreeze.ingest.validation.RowRejected;
import org.quickfreeze.ingest.validation.RowValidator;
import org.quickfreeze.store.CaseRequest;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Validates a record against the case-export contract, and rejects a request id repeated
 * in a file.
 */
public class RowProcessor implements ItemProcessor<FileRecord, RowOutcome> {

    private final RowValidator validator = new RowValidator();

    private final FirstRows firstRows;

    public RowProcessor(FirstRows firstRows) {
        this.firstRows = firstRows;
    }

    @Override
    public RowOutcome process(FileRecord row) {
        long fileId = row.file().id();
        ExportRecord record = row.record();
        if (record instanceof ExportRecord.Cells cells) {
            return validate(row, fileId, cells);
        }
        if (record instanceof ExportRecord.Malformed bad) {
            return new RowOutcome.Rejected(fileId, bad.line(), RejectCode.MALFORMED_ROW,
                    "the line cannot be read as CSV: " + bad.message(), List.of(bad.text()));
        }
        return new RowOutcome.Empty(fileId, record.line());
    }

    private RowOutcome validate(FileRecord row, long fileId, ExportRecord.Cells cells) {
        int width = row.header().width();
        for (int i = width; i < cells.cells().size(); i++) {
            if (!cells.cells().get(i).isBlank()) {
                return new RowOutcome.Rejected(fileId, cells.line(), RejectCode.MALFORMED_ROW,
                        "the line has " + cells.cells().size() + " cells but the header has " + width
                                + ": a cell holding the delimiter must be quoted",
                        cells.cells());
            }
        }
        ExportRow exportRow = ExportRow.of(cells.line(), cells.cells(), row.header().positions());
        if (row.mapping() != null) {
            exportRow = exportRow.mapped(row.mapping());
        }
        CaseRequest request;
        try {
            request = validator.validate(exportRow, row.file().defaults());
        }
        catch (RowRejected ex) {
            return new RowOutcome.Rejected(fileId, cells.line(), ex.code(), ex.getMessage(), cells.cells());
        }
        Long first = firstRows.firstLineOf(row.file(), request.register(), request.requestId(), cells.line());
        if (first != null) {
            return new RowOutcome.Rejected(fileId, cells.line(), RejectCode.DUPLICATE_ID,
                    "request_id " + request.requestId() + " of register " + request.register()
                            + " already appears at line " + first + " of this file; only that first row is loaded",
                    cells.cells());
        }
        return new RowOutcome.Valid(row.file(), cells.line(), request);
    }

}
