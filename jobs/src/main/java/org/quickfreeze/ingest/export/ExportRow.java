package org.quickfreeze.ingest.export;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.quickfreeze.ingest.layout.Column;
import org.quickfreeze.ingest.layout.RegisterMapping;

/**
 * One record of an export, cells trimmed and keyed by canonical column, with the cells
 * exactly as read for the rejects output.
 */
public record ExportRow(long line, Map<Column, String> cells, List<String> rawCells) {

    public String get(Column column) {
        String value = cells.get(column);
        return value == null ? "" : value;
    }

    /**
     * The row in canonical terms: source codes replaced by the codes they stand for,
     * dates in the register's own formats rewritten as {@code yyyy-MM-dd}.
     */
    public ExportRow mapped(RegisterMapping mapping) {
        Map<Column, String> canonical = new EnumMap<>(Column.class);
        cells.forEach((column, value) -> {
            String mappedValue;
            if (column == Column.DATA_TYPES && !value.isEmpty()) {
                List<String> items = new ArrayList<>();
                for (String item : value.split("\\|")) {
                    items.add(mapping.code(column, item.trim()));
                }
                mappedValue = String.join("|", items);
            }
            else if (column.isDate()) {
                mappedValue = mapping.isoDate(value).orElse(value);
            }
            else {
                mappedValue = mapping.code(column, value);
            }
            canonical.put(column, mappedValue);
        });
        return new ExportRow(line, canonical, rawCells);
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
