package org.quickfreeze.audit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;

import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.TimeToFollowUp;

/**
 * The Kaplan–Meier estimate of the share of preservations followed up by day t. Each
 * preservation is one observation: its delay when followed up (an event), else its age as
 * of D (censored: not followed up as far as D shows). On a day with both, the censored
 * ones still count as at risk.
 *
 * <p>
 * The product is kept in 40-digit decimals and snapped to 20 places before it is rounded,
 * so that a share that is exactly 50 % or exactly on a rounding tie is judged as a person
 * working in fractions would judge it.
 */
public final class KaplanMeier {

    private static final MathContext PRECISION = new MathContext(40, RoundingMode.HALF_EVEN);

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private int[] events = new int[128];

    private int[] censored = new int[128];

    private int longest = -1;

    /**
     * A preservation that is not excluded: its delay when followed up, else its age as of
     * D.
     */
    public void observe(FindingRow f) {
        if (f.delayDays() != null) {
            followedUp(f.delayDays());
        }
        else {
            notFollowedUp(f.ageDays());
        }
    }

    public void followedUp(int delay) {
        grow(delay);
        events[delay]++;
    }

    public void notFollowedUp(int age) {
        grow(age);
        censored[age]++;
    }

    private void grow(int day) {
        if (day < 0) {
            throw new IllegalArgumentException("a time to follow-up cannot be negative: " + day);
        }
        if (day >= events.length) {
            int size = Math.max(day + 1, events.length * 2);
            events = Arrays.copyOf(events, size);
            censored = Arrays.copyOf(censored, size);
        }
        longest = Math.max(longest, day);
    }

    /** The estimate over the observations added so far. */
    public Estimate estimate() {
        BigDecimal[] share = new BigDecimal[longest + 1];
        long atRisk = 0;
        for (int day = 0; day <= longest; day++) {
            atRisk += events[day] + censored[day];
        }
        BigDecimal notYet = BigDecimal.ONE;
        Integer median = null;
        for (int day = 0; day <= longest; day++) {
            if (events[day] > 0) {
                notYet = notYet.multiply(BigDecimal.valueOf(atRisk - events[day]), PRECISION)
                    .divide(BigDecimal.valueOf(atRisk), PRECISION);
            }
            share[day] = BigDecimal.ONE.subtract(notYet).setScale(20, RoundingMode.HALF_UP);
            if (median == null && events[day] > 0 && share[day].compareTo(HALF) >= 0) {
                median = day;
            }
            atRisk -= events[day] + censored[day];
        }
        return new Estimate(share, median);
    }

    /** F(t) for every day t up to the longest observation. */
    public record Estimate(BigDecimal[] share, Integer median) {

        /**
         * F(t) as a percentage with one decimal, {@code null} when no observation lasted
         * t days.
         */
        public BigDecimal percentBy(int day) {
            if (day < 0 || day >= share.length) {
                return null;
            }
            return share[day].movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        }

        public TimeToFollowUp figures() {
            return new TimeToFollowUp(percentBy(30), percentBy(60), percentBy(90), percentBy(180), median);
        }
    }

}
