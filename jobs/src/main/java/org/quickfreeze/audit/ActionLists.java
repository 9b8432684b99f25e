package org.quickfreeze.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.quickfreeze.report.model.ActionList;
import org.quickfreeze.report.model.ActionRow;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.LapsedCount;
import org.quickfreeze.report.model.MonthlyActions;
import org.quickfreeze.run.ReportingPeriod;
import org.quickfreeze.store.Direction;

/**
 * What must be done this month, from the findings as of D: the overdue preservations
 * (fewest days to day 90 first), those due soon (fewest days left), the extended ones
 * (earliest end of extension), and those that lapsed in the period (earliest end first),
 * each split by direction; and, as counts by year and direction, those that lapsed before
 * the period. Equal keys are ordered by start, register and request id.
 */
public final class ActionLists {

    private static final Comparator<ActionRow> WITHIN_EQUAL_KEYS = Comparator
        .comparing((ActionRow a) -> a.finding().startOn())
        .thenComparing(a -> a.finding().register())
        .thenComparing(a -> a.finding().requestId());

    private final Limits limits;

    public ActionLists(Limits limits) {
        this.limits = limits;
    }

    public MonthlyActions compute(List<FindingRow> findings, ReportingPeriod period, AsOf asOf) {
        LocalDate from = period.from();
        LocalDate to = period.lastDayAsOf(asOf.day());
        List<ActionRow> overdue = new ArrayList<>();
        List<ActionRow> dueSoon = new ArrayList<>();
        List<ActionRow> extended = new ArrayList<>();
        List<ActionRow> lapsed = new ArrayList<>();
        Map<Integer, Map<String, Long>> lapsedBefore = new TreeMap<>();
        for (FindingRow f : findings) {
            switch (State.valueOf(f.state())) {
                case OVERDUE -> overdue.add(row(f, limits.maxPreservationDays(f) - f.ageDays(), null));
                case DUE_SOON -> dueSoon.add(row(f, f.daysLeft(), null));
                case EXTENDED -> extended.add(row(f, Days.between(asOf.day(), f.extendedUntil()), null));
                case LAPSED -> {
                    LocalDate ended = endedOn(f);
                    if (ended.isBefore(from)) {
                        lapsedBefore.computeIfAbsent(ended.getYear(), y -> new TreeMap<>())
                            .merge(f.direction(), 1L, Long::sum);
                    }
                    else if (!ended.isAfter(to)) {
                        lapsed.add(row(f, null, ended));
                    }
                }
                default -> {
                }
            }
        }
        List<ActionList> lists = List.of(list(State.OVERDUE, overdue, Comparator.comparing(ActionRow::daysLeft)),
                list(State.DUE_SOON, dueSoon, Comparator.comparing(ActionRow::daysLeft)),
                list(State.EXTENDED, extended, Comparator.comparing(ActionRow::day90)),
                list(State.LAPSED, lapsed, Comparator.comparing(ActionRow::endedOn)));
        List<LapsedCount> counts = new ArrayList<>();
        lapsedBefore.forEach((year, byDirection) -> {
            for (Direction d : Direction.values()) {
                Long n = byDirection.get(d.name());
                if (n != null) {
                    counts.add(new LapsedCount(year, d.name(), n));
                }
            }
        });
        return new MonthlyActions(lists, counts);
    }

    /**
     * The day a lapsed preservation ended: S + its L2, or the end of its extension when
     * that is later.
     */
    public LocalDate endedOn(FindingRow f) {
        LocalDate limit = f.startOn().plusDays(limits.maxPreservationDays(f));
        return f.extendedUntil() != null && f.extendedUntil().isAfter(limit) ? f.extendedUntil() : limit;
    }

    private ActionRow row(FindingRow f, Integer daysLeft, LocalDate endedOn) {
        return new ActionRow(f, f.startOn().plusDays(limits.followUpDays()), endedOn(f), daysLeft, endedOn);
    }

    private static ActionList list(State state, List<ActionRow> rows, Comparator<ActionRow> key) {
        Comparator<ActionRow> order = key.thenComparing(WITHIN_EQUAL_KEYS);
        List<ActionRow> sent = rows.stream().filter(a -> a.finding().direction().equals("SENT")).sorted(order).toList();
        List<ActionRow> received = rows.stream()
            .filter(a -> !a.finding().direction().equals("SENT"))
            .sorted(order)
            .toList();
        return new ActionList(state.name(), sent, received);
    }

}
