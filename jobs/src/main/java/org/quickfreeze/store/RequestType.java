package org.quickfreeze.store;

import java.util.Locale;
import java.util.Optional;

/** What was requested, with the Convention article and the family it belongs to. */
public enum RequestType {

    PRESERVATION(Family.PRESERVATION, "29"), TRAFFIC_DISCLOSURE(Family.PRESERVATION, "30"),
    MLA_STORED_DATA(Family.MLA, "31"), MLA_REALTIME_TRAFFIC(Family.MLA, "33"), MLA_INTERCEPTION(Family.MLA, "34"),
    SUBSCRIBER_INFO(Family.OTHER, null), OTHER(Family.OTHER, null);

    public enum Family {

        PRESERVATION, MLA, OTHER

    }

    private final Family family;

    private final String article;

    RequestType(Family family, String article) {
        this.family = family;
        this.article = article;
    }

    public Family family() {
        return family;
    }

    public boolean isPreservation() {
        return family == Family.PRESERVATION;
    }

    public boolean isMla() {
        return family == Family.MLA;
    }

    /**
     * Accepts the code, the article number alone ({@code 29}) or {@code ART29}, in any
     * case.
     */
    public static Optional<RequestType> fromCode(String code) {
        String normalized = code.trim().toUpperCase(Locale.ROOT);
        String article = normalized.startsWith("ART") ? normalized.substring(3) : normalized;
        for (RequestType type : values()) {
            if (type.name().equals(normalized) || (type.article != null && type.article.equals(article))) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

}
