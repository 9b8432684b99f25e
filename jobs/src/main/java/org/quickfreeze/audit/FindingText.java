package org.quickfreeze.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.store.SharedValues;

/**
 * A finding as one line of text: its cells in record order, separated by tabs, {@code \N}
 * for a cell that does not apply, and backslash, tab, line feed and carriage return
 * written as {@code \\}, {@code \t}, {@code \n}, {@code \r}, so that any text of a
 * register (an offence over several lines, say) comes back as it was.
 */
final class FindingText {

    private static final String NONE = "\\N";

    private static final int CELLS = 21;

    private FindingText() {
    }

    static void append(StringBuilder out, FindingRow f) {
        text(out, f.register()).append('\t');
        text(out, f.requestId()).append('\t');
        text(out, f.party()).append('\t');
        text(out, f.direction()).append('\t');
        text(out, f.counterpart()).append('\t');
        text(out, f.requestType()).append('\t');
        text(out, string(f.requestedOn())).append('\t');
        text(out, string(f.startOn())).append('\t');
        text(out, f.followUpRegister()).append('\t');
        text(out, f.followUpId()).append('\t');
        text(out, string(f.followUpOn())).append('\t');
        text(out, f.link()).append('\t');
        text(out, string(f.delayDays())).append('\t');
        text(out, string(f.ageDays())).append('\t');
        text(out, string(f.daysLeft())).append('\t');
        text(out, f.state()).append('\t');
        text(out, f.severity()).append('\t');
        text(out, f.caseReference()).append('\t');
        text(out, f.offence()).append('\t');
        text(out, string(f.extendedUntil())).append('\t');
        text(out, f.instrument());
    }

    /**
     * The finding of a line; the values that repeat from finding to finding are shared
     * through {@code shared}.
     */
    static FindingRow parse(String line, SharedValues shared) {
        List<String> c = cells(line);
        while (c.size() >= CELLS - 2 && c.size() < CELLS) {
            // kept by a version that did not store extended_until or the instrument, for
            // a run restarted after the
            // upgrade: a Convention request without extension, as far as it can tell
            c.add(c.size() == CELLS - 1 ? "BUDAPEST" : null);
        }
        if (c.size() != CELLS) {
            throw new IllegalStateException("a stored finding has " + c.size() + " cells, not " + CELLS);
        }
        return new FindingRow(shared.share(c.get(0)), c.get(1), shared.share(c.get(2)), shared.share(c.get(3)),
                shared.share(c.get(4)), shared.share(c.get(5)), shared.share(day(c.get(6))),
                shared.share(day(c.get(7))), shared.share(c.get(8)), c.get(9), shared.share(day(c.get(10))),
                shared.share(c.get(11)), number(c.get(12)), number(c.get(13)), number(c.get(14)),
                shared.share(c.get(15)), shared.share(c.get(16)), c.get(17), shared.share(c.get(18)),
                shared.share(day(c.get(19))), shared.share(c.get(20)));
    }

    private static StringBuilder text(StringBuilder out, String value) {
        if (value == null) {
            return out.append(NONE);
        }
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
        return out;
    }

    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>(CELLS);
        int start = 0;
        while (true) {
            int tab = line.indexOf('\t', start);
            int end = tab < 0 ? line.length() : tab;
            cells.add(unescape(line, start, end));
            if (tab < 0) {
                return cells;
            }
            start = tab + 1;
        }
    }

    private static String unescape(String line, int start, int end) {
        if (line.startsWith(NONE, start) && end - start == NONE.length()) {
            return null;
        }
        int backslash = line.indexOf('\\', start);
        if (backslash < 0 || backslash >= end) {
            return line.substring(start, end);
        }
        StringBuilder value = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < end) {
                char next = line.charAt(++i);
                value.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            }
            else {
                value.append(ch);
            }
        }
        return value.toString();
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static LocalDate day(String cell) {
        return cell == null ? null : LocalDate.parse(cell);
    }

    private static Integer number(String cell) {
        return cell == null ? null : Integer.valueOf(cell);
    }

}
