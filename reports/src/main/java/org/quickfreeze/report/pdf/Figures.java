package org.quickfreeze.report.pdf;

import java.util.HashMap;
import java.util.Map;

/**
 * A row of a key-figures table, as the {@code figures} template reads it: a label and its
 * value.
 */
final class Figures {

    private Figures() {
    }

    static Map<String, ?> figure(String label, String value) {
        Map<String, Object> row = new HashMap<>();
        row.put("label", label);
        row.put("value", value);
        return row;
    }

}
