package org.quickfreeze.audit;

import java.util.Arrays;

import org.quickfreeze.report.model.DaySummary;

/**
 * A growing list of day counts, kept as primitives because a group may hold a million of
 * them.
 */
final class DayList {

    private int[] values = new int[16];

    private int size;

    void add(int days) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = days;
    }

    int size() {
        return size;
    }

    int countAtMost(int limit) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (values[i] <= limit) {
                count++;
            }
        }
        return count;
    }

    void copyInto(DayList other) {
        for (int i = 0; i < size; i++) {
            other.add(values[i]);
        }
    }

    DaySummary summary() {
        return DaySummaries.of(values, size);
    }

}
