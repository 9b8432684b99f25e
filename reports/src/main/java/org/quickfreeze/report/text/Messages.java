package org.quickfreeze.report.text;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of one language, and numbers as that language writes them. A text may hold
 * named placeholders ({@code {asOf}}); the limits of the audit ({@code {followUpDays}},
 * {@code {maxDays}}, {@code {dueSoonDays}}, {@code {firstOverdueDay}}) are filled in
 * wherever they appear, the others by the caller. Named placeholders rather than
 * {@code MessageFormat}'s numbered ones, so that a translator reads what goes where and
 * an apostrophe (French has many) is only an apostrophe.
 */
public final class Messages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");

    /** U+202F, the narrow no-break space of French typography. */
    private static final char NARROW_NO_BREAK_SPACE = '\u202F';

    private static final char NO_BREAK_SPACE = '\u00A0';

    private final Locale locale;

    private final Map<String, String> texts;

    private final Map<String, String> constants;

    Messages(Locale locale, Map<String, String> texts, Map<String, String> constants) {
        this.locale = locale;
        this.texts = texts;
        this.constants = constants;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * The same texts with the audit's limits filled in wherever a text names them.
     */
    public Messages withLimits(int followUpDays, int maxPreservationDays, int dueSoonDays) {
        Map<String, String> limits = new LinkedHashMap<>();
        limits.put("followUpDays", String.valueOf(followUpDays));
        limits.put("maxDays", String.valueOf(maxPreservationDays));
        limits.put("dueSoonDays", String.valueOf(dueSoonDays));
        limits.put("firstOverdueDay", String.valueOf(followUpDays + 1));
        return new Messages(locale, texts, Map.copyOf(limits));
    }

    /**
     * The text of a key with its placeholders filled in: {@code values} are name, value,
     * name, value… A number is written in the language's conventions, a day as ISO.
     * @throws IllegalArgumentException for a key no bundle has: a mistake in the code,
     * found by the tests
     */
    public String text(String key, Object... values) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException("no text for the key " + key);
        }
        if (text.indexOf('{') < 0) {
            return text;
        }
        Map<String, String> named = new LinkedHashMap<>(constants);
        for (int i = 0; i + 1 < values.length; i += 2) {
            named.put((String) values[i], written(values[i + 1]));
        }
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String value = named.get(m.group(1));
            m.appendReplacement(filled, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(filled);
        return filled.toString();
    }

    /** The text of a key as its file has it, placeholders and all. */
    public String raw(String key) {
        return texts.get(key);
    }

    /** Whether a bundle has the key: for texts chosen by a code, as a state's name. */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    private String written(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return decimal(d);
        }
        if (value instanceof Long || value instanceof Integer) {
            return number(((Number) value).longValue());
        }
        if (value instanceof LocalDate day) {
            return day.toString();
        }
        return value.toString();
    }

    /** A count: {@code 1,234}, {@code 1 234}, {@code 1.234}. */
    public String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A count or empty. */
    public String number(Number n) {
        return n == null ? "" : number(n.longValue());
    }

    /**
     * A figure already rounded, with as many decimals as it has: {@code 12.5},
     * {@code 12,5}.
     */
    public String decimal(BigDecimal d) {
        if (d == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        int decimals = Math.max(0, d.scale());
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(d);
    }

    /** A percentage already rounded: {@code 46.9 %}, {@code 46,9 %}; empty for none. */
    public String percent(BigDecimal percent) {
        return percent == null ? "" : decimal(percent) + percentSpace() + "%";
    }

    /** A change of a count, signed: {@code +3}, {@code −2}, {@code 0}. */
    public String change(long change) {
        return change > 0 ? "+" + number(change) : change < 0 ? "\u2212" + number(-change) : number(0);
    }

    /**
     * The space before {@code %}: narrow in French, no-break where the language's own
     * percent pattern has one, and the plain space English reports have always had.
     */
    private char percentSpace() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if (symbols.getGroupingSeparator() == NARROW_NO_BREAK_SPACE) {
            return NARROW_NO_BREAK_SPACE;
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale);
        if (percent instanceof DecimalFormat pattern && pattern.toPattern().indexOf(NO_BREAK_SPACE) >= 0) {
            return NO_BREAK_SPACE;
        }
        return ' ';
    }

    /** The keys of these texts. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(texts.keySet());
    }

    /**
     * These texts as a resource bundle, for JasperReports' {@code $R{…}}: the audit's
     * limits filled in, any other placeholder left for the template.
     */
    public ResourceBundle resourceBundle() {
        return new ResourceBundle() {

            @Override
            protected Object handleGetObject(String key) {
                return texts.containsKey(key) ? text(key) : null;
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.enumeration(texts.keySet());
            }

            @Override
            public Locale getLocale() {
                return locale;
            }
        };
    }

}
