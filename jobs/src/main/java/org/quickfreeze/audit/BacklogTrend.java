package org.quickfreeze.audit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.TrendRow;

/**
 * The backlog trend over the {@code trend_months} months ending with D's month, from the
 * starts and follow-ups found as of D. Each month is seen as of its last day E (D for D's
 * month).
 */
public final class BacklogTrend {

    private final Limits limits;

    public BacklogTrend(Limits limits) {
        this.limits = limits;
    }

    public List<TrendRow> compute(List<FindingRow> findings, AsOf asOf) {
        YearMonth last = YearMonth.from(asOf.day());
        YearMonth first = last.minusMonths(limits.trendMonths() - 1L);
        int months = limits.trendMonths();
        long[] opened = new long[months];
        long[] followedUp = new long[months];
        long[] awaiting = new long[months];
        long[] overdue = new long[months];
        long[] lapsed = new long[months];
        LocalDate[] monthEnd = new LocalDate[months];
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            monthEnd[i] = month.equals(last) ? asOf.day() : month.atEndOfMonth();
        }

        for (FindingRow f : findings) {
            if (State.valueOf(f.state()) == State.EXCLUDED) {
                continue;
            }
            LocalDate start = f.startOn();
            LocalDate followUp = f.followUpOn();
            increment(opened, first, start, months);
            if (followUp != null) {
                increment(followedUp, first, followUp, months);
            }
            int l2 = limits.maxPreservationDays(f);
            LocalDate lapseDay = start.plusDays(l2);
            if (followUp == null || followUp.isAfter(lapseDay)) {
                int i = index(first, lapseDay);
                if (i >= 0 && i < months && !lapseDay.isAfter(monthEnd[i])) {
                    lapsed[i]++;
                }
            }
            for (int i = 0; i < months; i++) {
                LocalDate end = monthEnd[i];
                if (start.isAfter(end) || (followUp != null && !followUp.isAfter(end))) {
                    continue;
                }
                int waited = Days.between(start, end);
                if (waited <= limits.followUpDays()) {
                    awaiting[i]++;
                }
                else if (waited <= l2) {
                    overdue[i]++;
                }
            }
        }
        List<TrendRow> rows = new ArrayList<>(months);
        for (int i = 0; i < months; i++) {
            rows.add(new TrendRow(first.plusMonths(i), opened[i], followedUp[i], awaiting[i], overdue[i], lapsed[i]));
        }
        return rows;
    }

    private static void increment(long[] counts, YearMonth first, LocalDate day, int months) {
        int i = index(first, day);
        if (i >= 0 && i < months) {
            counts[i]++;
        }
    }

    private static int index(YearMonth first, LocalDate day) {
        YearMonth month = YearMonth.from(day);
        return (month.getYear() - first.getYear()) * 12 + month.getMonthValue() - first.getMonthValue();
    }

}
