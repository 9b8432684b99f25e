package org.quickfreeze.ingest.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.regex.Pattern;

import org.quickfreeze.ingest.layout.Column;

/**
 * Reads the date formats registers export: {@code yyyy-MM-dd}, {@code dd/MM/yyyy},
 * {@code dd.MM.yyyy}, and ISO date-times whose calendar date in UTC is the day (a
 * date-time without an offset is taken as UTC). {@code MM/dd/yyyy} is never guessed:
 * {@code 03/04/2026} is the 3rd of April.
 */
public final class DateCells {

    public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}.*");

    private static final DateTimeFormatter LOCAL_DATE_TIME = new DateTimeFormatterBuilder()
        .append(DateTimeFormatter.ISO_LOCAL_DATE)
        .optionalStart()
        .appendLiteral('T')
        .optionalEnd()
        .optionalStart()
        .appendLiteral(' ')
        .optionalEnd()
        .appendValue(ChronoField.HOUR_OF_DAY, 2)
        .appendLiteral(':')
        .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
        .optionalStart()
        .appendLiteral(':')
        .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
        .optionalStart()
        .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
        .optionalEnd()
        .optionalEnd()
        .toFormatter()
        .withResolverStyle(ResolverStyle.STRICT)
        .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private static final DateTimeFormatter OFFSET_DATE_TIME = new DateTimeFormatterBuilder().append(LOCAL_DATE_TIME)
        .appendOffset("+HH:MM", "Z")
        .toFormatter()
        .withResolverStyle(ResolverStyle.STRICT)
        .withChronology(java.time.chrono.IsoChronology.INSTANCE);

    private DateCells() {
    }

    /**
     * @return the day, or {@code null} for an empty cell
     * @throws RowRejected {@code BAD_DATE} when the cell is not a date in an accepted
     * format or is before 1990-01-01
     */
    public static LocalDate parse(Column column, String cell) throws RowRejected {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        LocalDate day = toDate(cell);
        if (day == null) {
            throw new RowRejected(RejectCode.BAD_DATE, column.header() + " " + RowRejected.quote(cell)
                    + " is not a date: write yyyy-MM-dd (or dd/MM/yyyy, dd.MM.yyyy, an ISO date-time)");
        }
        if (day.isBefore(EARLIEST)) {
            throw new RowRejected(RejectCode.BAD_DATE,
                    column.header() + " " + day + " is before 1990-01-01: check the year");
        }
        return day;
    }

    static LocalDate toDate(String cell) {
        try {
            if (isIsoDate(cell)) {
                // read by hand: a million rows carry several million dates, and a
                // formatter costs a microsecond each
                return LocalDate.of(digits(cell, 0, 4), digits(cell, 5, 7), digits(cell, 8, 10));
            }
            var m = SLASHED.matcher(cell);
            if (m.matches() || (m = DOTTED.matcher(cell)).matches()) {
                return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1)));
            }
            if (DATE_TIME.matcher(cell).matches()) {
                return dateTimeInUtc(cell);
            }
        }
        catch (DateTimeException ex) {
            return null;
        }
        return null;
    }

    /** {@code yyyy-MM-dd}: ten characters, ASCII digits but for the two hyphens. */
    private static boolean isIsoDate(String cell) {
        if (cell.length() != 10 || cell.charAt(4) != '-' || cell.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = cell.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String cell, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (cell.charAt(i) - '0');
        }
        return value;
    }

    private static LocalDate dateTimeInUtc(String cell) {
        try {
            return OffsetDateTime.parse(cell, OFFSET_DATE_TIME).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        }
        catch (DateTimeException withoutOffset) {
            return LocalDateTime.parse(cell, LOCAL_DATE_TIME).toLocalDate();
        }
    }

}
