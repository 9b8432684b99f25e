package org.quickfreeze.report.model;

import java.util.List;

/** A row that was not loaded, with the cells exactly as they were read. */
public record RejectRow(String file, long line, String code, String message, List<String> cells) {
}
