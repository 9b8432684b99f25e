package org.quickfreeze.report.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share of a count. With a zero denominator the rate is empty, not 0 %. */
public record Rate(long numerator, long denominator) {

    /**
     * Percentage with one decimal, rounded half up; {@code null} when the denominator is
     * zero.
     */
    public BigDecimal percent() {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator)
            .multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    /**
     * The rounded percentage as a fraction (83.3 % → 0.833), for percentage-formatted
     * cells.
     */
    public Double fraction() {
        BigDecimal percent = percent();
        return percent == null ? null : percent.movePointLeft(2).doubleValue();
    }
}
