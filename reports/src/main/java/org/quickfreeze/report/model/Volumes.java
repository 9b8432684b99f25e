package org.quickfreeze.report.model;

import java.util.List;

/**
 * The T-CY table for the period (one row per party, then {@code Total}) and the
 * per-counterpart table.
 */
public record Volumes(List<VolumeRow> parties, VolumeRow total, List<VolumeRow> counterparts) {
}
