package org.quickfreeze.run;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of the volume tables: a month {@code 2026-10}, a quarter {@code 2026-Q3}, a
 * year {@code 2026} or a range of days {@code 2007-01-01..2008-10-31}.
 */
public record ReportingPeriod(String label, LocalDate from, LocalDate to) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    public static ReportingPeriod parse(String text) {
        String value = text.trim();
        try {
            Matcher m;
            if ((m = MONTH.matcher(value)).matches()) {
                return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            if ((m = QUARTER.matcher(value)).matches()) {
                int year = Integer.parseInt(m.group(1));
                int quarter = Integer.parseInt(m.group(2));
                YearMonth first = YearMonth.of(year, quarter * 3 - 2);
                return new ReportingPeriod(year + "-Q" + quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth());
            }
            if (YEAR.matcher(value).matches()) {
                Year year = Year.parse(value);
                return new ReportingPeriod(value, year.atDay(1), year.atMonth(12).atEndOfMonth());
            }
            if ((m = RANGE.matcher(value)).matches()) {
                LocalDate from = LocalDate.parse(m.group(1));
                LocalDate to = LocalDate.parse(m.group(2));
                if (to.isBefore(from)) {
                    throw new IllegalArgumentException(
                            "period '" + text + "' ends before it starts: write the earlier day first");
                }
                return new ReportingPeriod(from + ".." + to, from, to);
            }
        }
        catch (java.time.DateTimeException ex) {
            throw new IllegalArgumentException("period '" + text + "' is not a real month or day", ex);
        }
        throw new IllegalArgumentException("period '" + text
                + "' is not a month (2026-10), a quarter (2026-Q3), a year (2026) or a range (2007-01-01..2008-10-31)");
    }

    public static ReportingPeriod month(YearMonth month) {
        return new ReportingPeriod(month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    public static ReportingPeriod monthOf(LocalDate day) {
        return month(YearMonth.from(day));
    }

    /** The period as written in file names: {@code 2007-01-01_2008-10-31} for a range. */
    public String fileLabel() {
        return label.replace("..", "_");
    }

    /**
     * P2′: the period's last day, or D when the period ends after it (what happens after
     * D has not happened).
     */
    public LocalDate lastDayAsOf(LocalDate asOfDay) {
        return to.isAfter(asOfDay) ? asOfDay : to;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
