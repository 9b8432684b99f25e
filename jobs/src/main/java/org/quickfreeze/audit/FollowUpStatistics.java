package org.quickfreeze.audit;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.FollowUpFigures;
import org.quickfreeze.report.model.Rate;

/**
 * Follow-up statistics per group ({@code all}, {@code direction},
 * {@code counterpart}, {@code request_type}, {@code start_month}) over the
 * preservations that are not {@code EXCLUDED}. Directions and preservation
 * types are always listed, counterparts and months where a preservation has
 * them, an excluded one included. Every group but the months of start also
 * gives the time to follow-up ({@link KaplanMeier}).
 */
public final class FollowUpStatistics {

    private final Limits limits;

    public FollowUpStatistics(Limits limits) {
        this.limits = limits;
    }

    public List<FollowUpFigures> compute(List<FindingRow> findings, AsOf asOf) {
        Map<String, Group> all = new LinkedHashMap<>();
        all.put("all", new Group(true));
        Map<String, Group> directions = new LinkedHashMap<>();
        for (Direction d : Direction.values()) {
            directions.put(d.name(), new Group(true));
        }
        Map<String, Group> counterparts = new TreeMap<>();
        Map<String, Group> types = new LinkedHashMap<>();
        for (RequestType t : RequestType.values()) {
            if (t.isPreservation()) {
                types.put(t.name(), new Group(true));
            }
        }
        Map<String, Group> months = new TreeMap<>();

        for (FindingRow f : findings) {
            if (State.valueOf(f.state()) == State.EXCLUDED) {
                // The group is every preservation with that value; its figures leave the
                // excluded ones out, so a counterpart whose requests were all withdrawn
                // still shows, with nothing counted.
                counterparts.computeIfAbsent(f.counterpart(), v -> new Group(true));
                months.computeIfAbsent(YearMonth.from(f.startOn()).toString(), v -> new Group(false));
                continue;
            }
            all.get("all").add(f, asOf);
            add(directions, f.direction(), f, asOf, true);
            add(counterparts, f.counterpart(), f, asOf, true);
            add(types, f.requestType(), f, asOf, true);
            add(months, YearMonth.from(f.startOn()).toString(), f, asOf, false);
        }
        List<FollowUpFigures> rows = new ArrayList<>();
        rows.addAll(figures("all", all));
        rows.addAll(figures("direction", directions));
        rows.addAll(figures("counterpart", counterparts));
        rows.addAll(figures("request_type", types));
        rows.addAll(figures("start_month", months));
        return rows;
    }

    private void add(Map<String, Group> groups, String value, FindingRow f, AsOf asOf, boolean timeToFollowUp) {
        groups.computeIfAbsent(value, v -> new Group(timeToFollowUp)).add(f, asOf);
    }

    private List<FollowUpFigures> figures(String name, Map<String, Group> groups) {
        List<FollowUpFigures> rows = new ArrayList<>();
        groups.forEach((value, g) -> rows.add(g.figures(name, value)));
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

        /** {@code null} for the groups that do not give the time to follow-up (months of start). */
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
