package org.quickfreeze.audit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.FollowUpFigures;
import org.quickfreeze.report.model.Rate;

/**
 * Follow-up statistics since records began, per group over the preservations that are not
 * {@code EXCLUDED}: the groups of {@link FindingGroups}, each with its time to follow-up
 * ({@link KaplanMeier}), then {@code start_month}, every month in which a preservation
 * started, an excluded one included.
 */
public final class FollowUpStatistics {

    private final Limits limits;

    public FollowUpStatistics(Limits limits) {
        this.limits = limits;
    }

    public List<FollowUpFigures> compute(List<FindingRow> findings, AsOf asOf) {
        FindingGroups<Group> groups = new FindingGroups<>(() -> new Group(true));
        Map<String, Group> months = new TreeMap<>();
        for (FindingRow f : findings) {
            Group month = months.computeIfAbsent(YearMonth.from(f.startOn()).toString(), v -> new Group(false));
            List<Group> counted = groups.of(f);
            if (!counted.isEmpty()) {
                counted.forEach(g -> g.add(f, asOf));
                month.add(f, asOf);
            }
        }
        List<FollowUpFigures> rows = new ArrayList<>();
        groups.forEach((group, value, g) -> rows.add(g.figures(group, value)));
        months.forEach((value, g) -> rows.add(g.figures("start_month", value)));
        return rows;
    }

    private final class Group {

        long preservations;

        long followedUp;

        long flagged;

        long dueSoon;

        long matured60;

        long within60;

        long matured90;

        long within90;

        final DayList delays = new DayList();

        /**
         * {@code null} for the groups that do not give the time to follow-up (months of
         * start).
         */
        final KaplanMeier timeToFollowUp;

        Group(boolean timeToFollowUp) {
            this.timeToFollowUp = timeToFollowUp ? new KaplanMeier() : null;
        }

        void add(FindingRow f, AsOf asOf) {
            preservations++;
            Integer delay = f.delayDays();
            if (delay != null) {
                followedUp++;
                delays.add(delay);
            }
            if (timeToFollowUp != null) {
                timeToFollowUp.observe(f);
            }
            if (f.flagged()) {
                flagged++;
            }
            if (f.dueSoon()) {
                dueSoon++;
            }
            if (!f.startOn().plusDays(limits.followUpDays()).isAfter(asOf.day())) {
                matured60++;
                if (delay != null && delay <= limits.followUpDays()) {
                    within60++;
                }
            }
            int l2 = limits.maxPreservationDays(f);
            if (!f.startOn().plusDays(l2).isAfter(asOf.day())) {
                matured90++;
                if (delay != null && delay <= l2) {
                    within90++;
                }
            }
        }

        FollowUpFigures figures(String group, String value) {
            return new FollowUpFigures(group, value, preservations, followedUp, flagged, dueSoon, matured60,
                    new Rate(within60, matured60), matured90, new Rate(within90, matured90), delays.summary(),
                    timeToFollowUp == null ? null : timeToFollowUp.estimate().figures());
        }

    }

}
