package org.quickfreeze.ingest.validation;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them. */
public final class CountryCodes {

    private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    /** Codes that registers write but ISO does not have, with the one they mean. */
    private static final Map<String, String> COMMON_MISTAKES = Map.of("UK", "GB", "EL", "GR");

    private CountryCodes() {
    }

    public static boolean isCode(String code) {
        return CODES.contains(code);
    }

    /** A hint for a clerk: {@code UK} is written {@code GB} in ISO 3166-1. */
    public static String hint(String code) {
        String meant = COMMON_MISTAKES.get(code);
        return meant == null ? "" : " (ISO 3166-1 writes " + meant + ")";
    }

    public static String normalized(String cell) {
        return cell.trim().toUpperCase(Locale.ROOT);
    }

}
