package org.quickfreeze.store;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Shares equal values read from the store: a million requests repeat a few thousand days
 * and a few dozen registers, parties and offences, and holding one copy of each keeps the
 * audit's heap small. Bounded, so that free text that never repeats cannot make it grow
 * without end.
 */
public final class SharedValues {

    private static final int LIMIT = 200_000;

    private final Map<Object, Object> values = new HashMap<>();

    @SuppressWarnings("unchecked")
    public <T> @Nullable T share(@Nullable T value) {
        if (value == null) {
            return null;
        }
        Object shared = values.get(value);
        if (shared != null) {
            return (T) shared;
        }
        if (values.size() < LIMIT) {
            values.put(value, value);
        }
        return value;
    }

}
