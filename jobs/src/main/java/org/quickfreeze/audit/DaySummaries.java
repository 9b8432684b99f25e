package org.quickfreeze.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

import org.quickfreeze.report.model.DaySummary;

/**
 * Summaries of day counts. Percentiles are Excel's {@code PERCENTILE.INC}, computed in
 * exact decimals so that half-up rounding to one decimal gives what a person gets by hand
 * (binary doubles would round 2.25 down).
 */
public final class DaySummaries {

    private static final BigDecimal MEDIAN = new BigDecimal("0.5");

    private static final BigDecimal P90 = new BigDecimal("0.9");

    private DaySummaries() {
    }

    public static DaySummary of(int[] values) {
        return of(values, values.length);
    }

    /** Summarises the first {@code n} values; the array is sorted in place. */
    public static DaySummary of(int[] values, int n) {
        if (n == 0) {
            return DaySummary.EMPTY;
        }
        Arrays.sort(values, 0, n);
        long sum = 0;
        for (int i = 0; i < n; i++) {
            sum += values[i];
        }
        BigDecimal mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
        return new DaySummary(n, values[0], oneDecimal(percentileInc(values, n, MEDIAN)), mean,
                oneDecimal(percentileInc(values, n, P90)), values[n - 1]);
    }

    /**
     * {@code h = (n − 1)·p; x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])} over the sorted
     * values.
     */
    static BigDecimal percentileInc(int[] sorted, int n, BigDecimal p) {
        BigDecimal h = BigDecimal.valueOf(n - 1L).multiply(p);
        int k = h.intValue();
        BigDecimal fraction = h.subtract(BigDecimal.valueOf(k));
        BigDecimal low = BigDecimal.valueOf(sorted[k]);
        if (k + 1 >= n || fraction.signum() == 0) {
            return low;
        }
        return low.add(fraction.multiply(BigDecimal.valueOf((long) sorted[k + 1] - sorted[k])));
    }

    private static BigDecimal oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }

}
