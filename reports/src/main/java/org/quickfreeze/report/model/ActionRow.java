package org.quickfreeze.report.model;

import java.time.LocalDate;

/**
 * A preservation on one of the monthly action lists, with its day 60 (S + L1), its day 90
 * (S + L2, or {@code extended_until} when later), and the days left before the deadline
 * that matters for its list ({@code null} for a lapsed one, which shows the day it
 * ended).
 */
public record ActionRow(FindingRow finding, LocalDate day60, LocalDate day90, Integer daysLeft, LocalDate endedOn) {
}
