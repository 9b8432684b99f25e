package org.quickfreeze.report.model;

/**
 * What happened in the reporting period for one group ({@code all}, {@code direction},
 * {@code counterpart}, {@code request_type}): preservations opened, follow-ups made, and
 * the 60- and 90-day deadlines that fell in it with how many were met. {@code delay} is
 * over the follow-ups made in the period.
 */
public record PeriodFigures(String group, String value, long opened, long followedUp, long due60, long met60,
        Rate within60, long due90, long met90, Rate within90, DaySummary delay) {
}
