package org.quickfreeze.report.model;

import java.math.BigDecimal;

/**
 * The Kaplan–Meier share of preservations followed up by day 30, 60, 90 and 180, as
 * percentages with one decimal ({@code null} when no preservation was observed that
 * long), and the first day by which half are followed up ({@code null}: not reached).
 */
public record TimeToFollowUp(BigDecimal by30, BigDecimal by60, BigDecimal by90, BigDecimal by180, Integer median) {
}
