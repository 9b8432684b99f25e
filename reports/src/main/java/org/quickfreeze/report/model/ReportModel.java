package org.quickfreeze.report.model;

import java.util.List;
import java.util.Map;

/**
 * Everything one audit run as of D reports. The findings are in findings order;
 * {@code stateCounts} holds every state, zero included, in that order too.
 */
public record ReportModel(
        ReportHeader header,
        List<FindingRow> findings,
        Map<String, Long> stateCounts,
        List<FollowUpFigures> followUp,
        List<DurationFigures> durations,
        Volumes volumes,
        List<TrendRow> trend,
        DataQuality dataQuality) {

    /** The {@code all} row of the follow-up statistics. */
    public FollowUpFigures overall() {
        return followUp.stream().filter(f -> f.group().equals("all")).findFirst().orElseThrow();
    }
}
