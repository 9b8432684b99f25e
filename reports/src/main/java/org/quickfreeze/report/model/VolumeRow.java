package org.quickfreeze.report.model;

import java.util.List;

/**
 * One row of the T-CY volume table: requests sent and received in the period, by family,
 * and the counterparts most requests first. {@code counterpart} is {@code null} on the
 * party table and set on the per-counterpart table.
 */
public record VolumeRow(String party, String counterpart, long sentTotal, long sentPreservation, long sentMla,
        List<String> to, long receivedTotal, long receivedPreservation, long receivedMla, List<String> from) {
}
