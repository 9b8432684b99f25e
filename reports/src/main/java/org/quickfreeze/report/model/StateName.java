package org.quickfreeze.report.model;

import java.util.List;

/**
 * A state as a person reads it: its code, which stays in the CSV outputs and in the
 * workbook's code columns, and the keys of its name and meaning in the message bundles
 * ({@code state.OVERDUE.name}), in the report's language.
 */
public record StateName(String code) {

    /** In findings order, worst first. */
    public static final List<StateName> ALL = List.of(new StateName("LAPSED"), new StateName("OVERDUE"),
            new StateName("EXTENDED"), new StateName("DUE_SOON"), new StateName("PENDING"),
            new StateName("AFTER_LIMIT"), new StateName("LATE"), new StateName("ON_TIME"), new StateName("EXCLUDED"));

    public String nameKey() {
        return nameKey(code);
    }

    public String meaningKey() {
        return "state." + code + ".meaning";
    }

    /** The key of a state code's name. */
    public static String nameKey(String code) {
        return "state." + code + ".name";
    }
}
