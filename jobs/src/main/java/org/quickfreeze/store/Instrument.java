package org.quickfreeze.store;

import java.util.Locale;
import java.util.Optional;

/**
 * The legal instrument of a request: the Budapest Convention (the default), a European
 * Preservation Order Certificate ({@code EPOC_PR}) or European Production Order
 * Certificate ({@code EPOC}) under Regulation (EU) 2023/1543, a European Investigation
 * Order, or another.
 */
public enum Instrument {

    BUDAPEST, EPOC_PR, EPOC, EIO, OTHER;

    /**
     * An order of Regulation (EU) 2023/1543, addressed to a service provider rather than
     * to a party.
     */
    public boolean isEuropeanOrder() {
        return this == EPOC_PR || this == EPOC;
    }

    /**
     * The only request type an order of this instrument may have, taken when the cell is
     * empty: an EPOC-PR preserves, an EPOC obtains the data (the follow-up of a
     * preservation). {@code null}: any type.
     */
    public RequestType requestType() {
        return switch (this) {
            case EPOC_PR -> RequestType.PRESERVATION;
            case EPOC -> RequestType.MLA_STORED_DATA;
            default -> null;
        };
    }

    /** The code in any case; an empty cell is the Convention. */
    public static Optional<Instrument> fromCode(String code) {
        String normalized = code.trim().toUpperCase(Locale.ROOT);
        if (normalized.isEmpty()) {
            return Optional.of(BUDAPEST);
        }
        for (Instrument i : values()) {
            if (i.name().equals(normalized)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

}
