package org.quickfreeze.report.model;

/**
 * One row of the other durations: preservation execution, MLA execution or
 * acknowledgement, for {@code all} or one direction, with its share figure (within 180
 * days, within 1 day) where the measure has one.
 *
 * @param shareDays the days of the share figure; {@code null}, as its share, for a
 * measure without one
 */
public record DurationFigures(String measure, String direction, DaySummary days, Integer shareDays, Rate share) {
}
