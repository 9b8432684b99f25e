package org.quickfreeze.ingest;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One record of an export, cells trimmed and keyed by canonical column, with
 * the cells exactly as read for the rejects output.
 */
public record ExportRow(long line, Map<Column, String> cells, List<String> rawCells) {

    public String get(Column column) {
        String value = cells.get(column);
        return value == null ? "" : value;
    }

    public static ExportRow of(long line, List<String> rawCells, Map<Column, Integer> positions) {
        Map<Column, String> cells = new EnumMap<>(Column.class);
        positions.forEach((column, index) -> {
            if (index < rawCells.size()) {
                cells.put(column, rawCells.get(index).trim());
            }
        });
        return new ExportRow(line, cells, rawCells);
    }
}
