package org.quickfreeze.report.model;

import java.time.YearMonth;

/** One month of the backlog trend. */
public record TrendRow(YearMonth month, long opened, long followedUp, long awaiting, long overdue, long lapsed) {
}
