package org.quickfreeze.ingest;

/**
 * What inspecting an export found: a workbook or a CSV file (with its
 * delimiter), its header, and the register mapping it is read through, if any.
 */
public record ExportLayout(boolean workbook, char delimiter, ExportHeader header, RegisterMapping mapping) {
}
