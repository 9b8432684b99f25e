package org.quickfreeze.ingest.export;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.quickfreeze.ingest.layout.Column;
import org.quickfreeze.ingest.layout.RegisterMapping;

/**
 * The header of an export: where each canonical column is, and the columns it has that
 * the contract does not know (ignored, and listed once in the data-quality report).
 */
public record ExportHeader(Map<Column, Integer> positions, List<String> unknownColumns, int width) {

    private static final int LISTED_NAMES = 40;

    private static final int LISTED_LENGTH = 60;

    public static ExportHeader of(List<String> names) throws UnusableFile {
        return of(names, null);
    }

    /**
     * @param mapping the register's mapping, or {@code null} for the canonical layout
     * @throws UnusableFile when a column appears twice, a required column is missing, or
     * the mapping names a header the file lacks
     */
    public static ExportHeader of(List<String> names, @Nullable RegisterMapping mapping) throws UnusableFile {
        Map<Column, Integer> positions = new EnumMap<>(Column.class);
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            byName.putIfAbsent(normalized(names.get(i)), i);
        }
        Set<Integer> used = new HashSet<>();
        if (mapping != null) {
            for (Map.Entry<Column, String> entry : mapping.columns().entrySet()) {
                Integer index = byName.get(normalized(entry.getValue()));
                if (index == null) {
                    throw new UnusableFile("register mapping " + mapping.name() + " names the header '"
                            + entry.getValue() + "' (for " + entry.getKey().header() + "), which the file lacks; "
                            + "the header found is: " + String.join(", ", listed(names)));
                }
                positions.put(entry.getKey(), index);
                used.add(index);
            }
        }
        for (int i = 0; i < names.size(); i++) {
            Optional<Column> column = Column.fromHeader(names.get(i));
            if (column.isEmpty() || used.contains(i)
                    || (mapping != null && mapping.columns().containsKey(column.get()))) {
                continue;
            }
            Integer before = positions.putIfAbsent(column.get(), i);
            if (before != null) {
                throw new UnusableFile("the header names column " + column.get().header() + " twice (columns "
                        + (before + 1) + " and " + (i + 1) + ")");
            }
            used.add(i);
        }
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!used.contains(i) && !names.get(i).isBlank()) {
                unknown.add(names.get(i).trim());
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
                    + String.join(", ", missing) + "; the header found is: " + String.join(", ", listed(names))
                    + (mapping == null ? "" : " (register mapping " + mapping.name() + ")"));
        }
        return new ExportHeader(positions, listed(unknown), names.size());
    }

    /**
     * Header names as the run reports them: each at most 60 characters, at most 40 of
     * them. A header is the exporter's text; a broken or hostile one may hold hundreds of
     * long names, and a report lists, not copies.
     */
    static List<String> listed(List<String> names) {
        List<String> listed = new ArrayList<>();
        for (String name : names.subList(0, Math.min(names.size(), LISTED_NAMES))) {
            listed.add(Excerpt.of(name, LISTED_LENGTH));
        }
        if (names.size() > LISTED_NAMES) {
            listed.add("and " + (names.size() - LISTED_NAMES) + " more");
        }
        return listed;
    }

    private static String normalized(String header) {
        return header.trim().toLowerCase(Locale.ROOT);
    }

    public boolean has(Column column) {
        return positions.containsKey(column);
    }
}
