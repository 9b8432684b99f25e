package org.quickfreeze.report.model;

import java.util.List;

/**
 * The statistics of European Preservation and Production Orders that a Member State sends
 * the Commission (Reg. (EU) 2023/1543 Art. 28): the orders its authorities issued in the
 * period, and the refusals. Aggregates only.
 */
public record EuStatistics(List<EuOrderFigures> orders, List<EuRefusalFigures> refusals) {

    public static final EuStatistics NONE = new EuStatistics(List.of(), List.of());

    /** Whether any order was issued in the period: the return is written only then. */
    public boolean hasOrders() {
        return orders.stream().anyMatch(o -> o.issued() > 0);
    }

    /** The instrument's row over all its orders. */
    public EuOrderFigures all(String instrument) {
        return orders.stream()
            .filter(o -> o.instrument().equals(instrument) && o.dataType().equals("all"))
            .findFirst()
            .orElseThrow();
    }
}
