package org.quickfreeze.report.model;

/**
 * One row of the follow-up statistics: a group ({@code all}, {@code direction},
 * {@code counterpart}, {@code request_type}, {@code start_month}) and a value of it. The
 * time to follow-up is {@code null} for {@code start_month}, where it is not given.
 */
public record FollowUpFigures(String group, String value, long preservations, long followedUp, long flagged,
        long dueSoon, long matured60, Rate within60, long matured90, Rate within90, DaySummary delay,
        TimeToFollowUp timeToFollowUp) {
}
