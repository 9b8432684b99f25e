package org.quickfreeze.audit;

import java.time.LocalDate;

/** Whole calendar days: {@code days(a, b) = b − a}. */
public final class Days {

    private Days() {
    }

    public static int between(LocalDate a, LocalDate b) {
        return Math.toIntExact(b.toEpochDay() - a.toEpochDay());
    }

}
