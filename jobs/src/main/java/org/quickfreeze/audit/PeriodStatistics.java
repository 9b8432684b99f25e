package org.quickfreeze.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.PeriodFigures;
import org.quickfreeze.report.model.Rate;
import org.quickfreeze.run.ReportingPeriod;

/**
 * The figures of the reporting period [P1, P2′], P2′ = min(P2, D), per group
 * ({@code all}, {@code direction}, {@code counterpart}, {@code request_type}) over the
 * preservations that are not {@code EXCLUDED}: what was opened, the follow-ups made, and
 * the 60- and 90-day deadlines that fell in the period. Every deadline counted has passed
 * by D, so a month's rates are final as soon as the month ends. The groups are those of
 * {@link FindingGroups}, as in {@link FollowUpStatistics}, so that both tables have the
 * same rows.
 */
public final class PeriodStatistics {

    private final Limits limits;

    public PeriodStatistics(Limits limits) {
        this.limits = limits;
    }

    public List<PeriodFigures> compute(List<FindingRow> findings, ReportingPeriod period, AsOf asOf) {
        LocalDate from = period.from();
        LocalDate to = period.lastDayAsOf(asOf.day());
        FindingGroups<Group> groups = new FindingGroups<>(Group::new);
        for (FindingRow f : findings) {
            groups.of(f).forEach(g -> g.add(f, from, to));
        }
        List<PeriodFigures> rows = new ArrayList<>();
        groups.forEach((group, value, g) -> rows.add(g.figures(group, value)));
        return rows;
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return day != null && !day.isBefore(from) && !day.isAfter(to);
    }

    private final class Group {

        long opened;

        long followedUp;

        long due60;

        long met60;

        long due90;

        long met90;

        final DayList delays = new DayList();

        void add(FindingRow f, LocalDate from, LocalDate to) {
            LocalDate start = f.startOn();
            Integer delay = f.delayDays();
            if (within(start, from, to)) {
                opened++;
            }
            if (within(f.followUpOn(), from, to)) {
                followedUp++;
                delays.add(delay);
            }
            if (within(start.plusDays(limits.followUpDays()), from, to)) {
                due60++;
                if (delay != null && delay <= limits.followUpDays()) {
                    met60++;
                }
            }
            int l2 = limits.maxPreservationDays(f);
            if (within(start.plusDays(l2), from, to)) {
                due90++;
                if (delay != null && delay <= l2) {
                    met90++;
                }
            }
        }

        PeriodFigures figures(String group, String value) {
            return new PeriodFigures(group, value, opened, followedUp, due60, met60, new Rate(met60, due60), due90,
                    met90, new Rate(met90, due90), delays.summary());
        }

    }

}
