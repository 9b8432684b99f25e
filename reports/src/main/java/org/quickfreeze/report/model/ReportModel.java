package org.quickfreeze.report.model;

import java.util.List;
import java.util.Map;

/**
 * Everything one audit run as of D reports. The findings are in findings order;
 * {@code stateCounts} holds every state, zero included, in that order too, and
 * {@code stateCountsMonthAgo} the same as of D′, the last day of the month before D's
 * month. {@code followUp} and {@code timeToFollowUp} are since records began;
 * {@code period} is about the reporting period alone, as are the statistics of the
 * European orders issued in it.
 */
public record ReportModel(ReportHeader header, List<FindingRow> findings, Map<String, Long> stateCounts,
        Map<String, Long> stateCountsMonthAgo, List<FollowUpFigures> followUp, List<PeriodFigures> period,
        List<CurvePoint> timeToFollowUp, MonthlyActions actions, List<DurationFigures> durations, Volumes volumes,
        List<TrendRow> trend, DataQuality dataQuality, EuStatistics europeanOrders) {

    /** The {@code all} row of the follow-up statistics. */
    public FollowUpFigures overall() {
        return followUp.stream().filter(f -> f.group().equals("all")).findFirst().orElseThrow();
    }

    /** The {@code all} row of the period figures. */
    public PeriodFigures periodOverall() {
        return period.stream().filter(f -> f.group().equals("all")).findFirst().orElseThrow();
    }

    /** The count of a state as of D, 0 when absent. */
    public long count(String state) {
        return stateCounts.getOrDefault(state, 0L);
    }

    /** The count of a state a month ago (as of D′), 0 when absent. */
    public long countMonthAgo(String state) {
        return stateCountsMonthAgo.getOrDefault(state, 0L);
    }
}
