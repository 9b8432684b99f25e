package org.quickfreeze.report.model;

import java.math.BigDecimal;

/**
 * n, min, median, mean, p90 and max of a list of day counts; median, mean and p90 rounded
 * half up to one decimal. Everything but n is {@code null} when n is 0.
 */
public record DaySummary(long n, Integer min, BigDecimal median, BigDecimal mean, BigDecimal p90, Integer max) {

    public static final DaySummary EMPTY = new DaySummary(0, null, null, null, null, null);

}
