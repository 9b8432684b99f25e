package org.quickfreeze.report.model;

import java.math.BigDecimal;

/**
 * One row of the orders table of the Art. 28 return: the orders of an instrument issued
 * in the period, for a data type, addressee and emergency ({@code all} in the
 * instrument's first row), how many were fulfilled, refused and notified, and the mean
 * days to the data (EPOC) and from preservation to the production request (EPOC-PR). A
 * mean of no order is {@code null}.
 */
public record EuOrderFigures(String instrument, String dataType, String addressee, String emergency, long issued,
        long fulfilled, long notFulfilled, long notified, long toDataN, BigDecimal toDataMean, long toProductionN,
        BigDecimal toProductionMean) {
}
