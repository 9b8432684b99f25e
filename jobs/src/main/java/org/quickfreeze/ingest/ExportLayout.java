package org.quickfreeze.ingest;

import org.quickfreeze.ingest.export.ExportHeader;
import org.quickfreeze.ingest.layout.RegisterMapping;

/**
 * What inspecting an export found: a workbook or a CSV file (with its delimiter), its
 * header, and the register mapping it is read through, if any.
 */
public record ExportLayout(boolean workbook, char delimiter, ExportHeader header, RegisterMapping mapping) {
}
