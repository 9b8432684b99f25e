package org.quickfreeze.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The header of an export: where each canonical column is, and the columns it
 * has that the contract does not know (ignored, and listed once in the
 * data-quality report).
 */
public record ExportHeader(Map<Column, Integer> positions, List<String> unknownColumns, int width) {

    /**
     * @throws UnusableFile when a column appears twice or a required column is missing
     */
    public static ExportHeader of(List<String> names) throws UnusableFile {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).trim();
            Optional<Column> column = Column.fromHeader(name);
            if (column.isEmpty()) {
                if (!name.isEmpty()) {
                    unknown.add(name);
                }
                continue;
            }
            if (positions.putIfAbsent(column.get(), i) != null) {
                throw new UnusableFile("the header names column " + column.get().header()
                        + " twice (columns " + (positions.get(column.get()) + 1) + " and " + (i + 1) + ")");
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column c : Column.values()) {
            if (c.required() && !positions.containsKey(c)) {
                missing.add(c.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new UnusableFile("the header lacks the required column" + (missing.size() > 1 ? "s " : " ")
                    + String.join(", ", missing) + "; the header found is: " + String.join(", ", names));
        }
        return new ExportHeader(positions, unknown, names.size());
    }

    public boolean has(Column column) {
        return positions.containsKey(column);
    }
}
