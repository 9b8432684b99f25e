package org.quickfreeze.report.model;

import java.math.BigDecimal;

/**
 * One day of the time-to-follow-up curves: the Kaplan–Meier share followed up by that
 * day, as a percentage with one decimal, for all preservations, those sent and those
 * received ({@code null} where none was observed that long).
 */
public record CurvePoint(int day, BigDecimal all, BigDecimal sent, BigDecimal received) {
}
