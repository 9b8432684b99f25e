package org.quickfreeze.ingest;

import org.quickfreeze.ingest.export.ExportFormat;
import org.quickfreeze.ingest.export.ExportHeader;
import org.quickfreeze.ingest.layout.RegisterMapping;

/**
 * What inspecting an export found: its format (a CSV file with its delimiter, or a
 * workbook), its header, and the register mapping it is read through, if any.
 */
public record ExportLayout(ExportFormat format, char delimiter, ExportHeader header, RegisterMapping mapping) {

    public boolean workbook() {
        return format.workbook();
    }

}
