package org.quickfreeze.ingest.layout;

import java.util.Locale;
import java.util.Optional;

/** The canonical columns of a case export. */
public enum Column {

    REQUEST_ID(true, false), REGISTER(false, false), PARTY(false, false), DIRECTION(true, false),
    /**
     * Required in the header; its cell may be empty on a European order, whose instrument
     * gives the type.
     */
    REQUEST_TYPE(true, false), COUNTERPART(true, false), REQUESTED_ON(true, true), ACKNOWLEDGED_ON(false, true),
    EXECUTED_ON(false, true), STATUS(true, false), PRESERVED_UNTIL(false, true), EXTENDED_UNTIL(false, true),
    FOLLOWS_UP(false, false), CASE_REFERENCE(false, false), OFFENCE(false, false), DATA_TYPES(false, false),
    CHANNEL(false, false), CLOSED_ON(false, true), INSTRUMENT(false, false), ADDRESSEE(false, false),
    EMERGENCY(false, false), NOTIFIED_ON(false, true), REFUSAL_GROUND(false, false);

    private final boolean required;

    private final boolean date;

    Column(boolean required, boolean date) {
        this.required = required;
        this.date = date;
    }

    public boolean required() {
        return required;
    }

    public boolean isDate() {
        return date;
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
