package org.quickfreeze.ingest;

import java.util.Locale;
import java.util.Optional;

/** The canonical columns of a case export. */
public enum Column {

    REQUEST_ID(true),
    REGISTER(false),
    PARTY(false),
    DIRECTION(true),
    REQUEST_TYPE(true),
    COUNTERPART(true),
    REQUESTED_ON(true),
    ACKNOWLEDGED_ON(false),
    EXECUTED_ON(false),
    STATUS(true),
    PRESERVED_UNTIL(false),
    EXTENDED_UNTIL(false),
    FOLLOWS_UP(false),
    CASE_REFERENCE(false),
    OFFENCE(false),
    DATA_TYPES(false),
    CHANNEL(false),
    CLOSED_ON(false);

    private final boolean required;

    Column(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }

    /** The header name as written in exports, e.g. {@code requested_on}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Header names match case-insensitively, ignoring surrounding spaces. */
    public static Optional<Column> fromHeader(String header) {
        String normalized = header.trim().toUpperCase(Locale.ROOT);
        for (Column c : values()) {
            if (c.name().equals(normalized)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
