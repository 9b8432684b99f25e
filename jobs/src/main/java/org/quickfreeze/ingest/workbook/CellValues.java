package org.quickfreeze.ingest.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A cell's value as Excel or Calc shows it: a number without {@code .0} or an exponent
 * and with at most the 15 significant digits a spreadsheet keeps ({@code 12345}, not
 * {@code 12345.0} or {@code 1.2345E4}), a date as {@code yyyy-MM-dd} (or an ISO date-time
 * when it has a time of day), a boolean as {@code TRUE} or {@code FALSE}.
 */
final class CellValues {

    private static final MathContext SPREADSHEET_DIGITS = new MathContext(15);

    private CellValues() {
    }

    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "#NUM!";
        }
        return new BigDecimal(value).round(SPREADSHEET_DIGITS).stripTrailingZeros().toPlainString();
    }

    /**
     * A number as written in the file's XML; text that is no number is kept as it is and
     * fails its column's check.
     */
    static String number(String raw) {
        try {
            return new BigDecimal(raw.trim()).round(SPREADSHEET_DIGITS).stripTrailingZeros().toPlainString();
        }
        catch (NumberFormatException ex) {
            return raw;
        }
    }

    static String bool(boolean value) {
        return value ? "TRUE" : "FALSE";
    }

    /** Whether a cell with this number format shows a date. */
    static boolean isDateFormat(int formatIndex, String formatString) {
        String format = formatString != null ? formatString : BuiltinFormats.getBuiltinFormat(formatIndex);
        return format != null && DateUtil.isADateFormat(formatIndex, format);
    }

    /**
     * A serial day number of the workbook's date system as the day (and time) it shows,
     * or the number itself when no day has that number.
     */
    static String date(double serial, boolean date1904) {
        if (!DateUtil.isValidExcelDate(serial) || serial > 2_958_465) {
            return number(serial);
        }
        LocalDateTime time = DateUtil.getLocalDateTime(serial, date1904);
        if (time == null) {
            return number(serial);
        }
        return time.toLocalTime().toSecondOfDay() == 0 ? time.toLocalDate().toString() : time.toString();
    }

    /** An ISO date or date-time a workbook holds as text: the day alone at midnight. */
    static String isoDateTime(String value) {
        String v = value.trim();
        if (v.length() > 10 && v.charAt(10) == 'T' && v.substring(11).matches("00:00(:00(\\.0+)?)?Z?")) {
            return v.substring(0, 10);
        }
        return v;
    }

}
