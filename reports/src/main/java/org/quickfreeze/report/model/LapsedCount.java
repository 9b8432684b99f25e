package org.quickfreeze.report.model;

/**
 * Preservations that lapsed before the period: how many ended in a year, by direction.
 */
public record LapsedCount(int year, String direction, long count) {
}
