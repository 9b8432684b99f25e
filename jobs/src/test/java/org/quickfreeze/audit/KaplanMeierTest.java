package org.quickfreeze.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.quickfreeze.report.model.TimeToFollowUp;

/**
 * The Kaplan–Meier estimate worked out by hand. Nine preservations:
 *
 * <pre>
 * day  0: 1 followed up                  n = 9  S = 8/9             F = 11.1 %
 * day 10: 2 followed up, 1 still waiting n = 8  S = 8/9 · 6/8 = 2/3 F = 33.3 %
 * day 20: 1 still waiting                (no event)
 * day 30: 1 followed up                  n = 4  S = 2/3 · 3/4 = 1/2 F = 50.0 %  ← median
 * day 40: 1 followed up, 1 still waiting n = 3  S = 1/2 · 2/3 = 1/3 F = 66.7 %
 * day 70: 1 still waiting                (no event; the longest observation)
 * </pre>
 *
 * On day 10 the one still waiting counts as at risk: left out, n would be 7 and F(10)
 * 42.9 %.
 */
class KaplanMeierTest {

    private static KaplanMeier nineWithTiesAndCensoringOnTheSameDay() {
        KaplanMeier km = new KaplanMeier();
        km.followedUp(0);
        km.followedUp(10);
        km.followedUp(10);
        km.notFollowedUp(10);
        km.notFollowedUp(20);
        km.followedUp(30);
        km.followedUp(40);
        km.notFollowedUp(40);
        km.notFollowedUp(70);
        return km;
    }

    @Test
    void shareFollowedUpStepsOnEventDaysOnlyAndCountsTheCensoredOfTheSameDayAsAtRisk() {
        KaplanMeier.Estimate estimate = nineWithTiesAndCensoringOnTheSameDay().estimate();

        assertThat(estimate.percentBy(0)).isEqualByComparingTo("11.1");
        assertThat(estimate.percentBy(9)).isEqualByComparingTo("11.1");
        assertThat(estimate.percentBy(10)).isEqualByComparingTo("33.3");
        assertThat(estimate.percentBy(29)).isEqualByComparingTo("33.3");
        assertThat(estimate.percentBy(30)).isEqualByComparingTo("50.0");
        assertThat(estimate.percentBy(40)).isEqualByComparingTo("66.7");
        assertThat(estimate.percentBy(70)).isEqualByComparingTo("66.7");
    }

    @Test
    void medianIsTheFirstEventDayWhereExactlyHalfAreFollowedUp() {
        assertThat(nineWithTiesAndCensoringOnTheSameDay().estimate().median()).isEqualTo(30);
    }

    @Test
    void daysBeyondTheLongestObservationHaveNoEstimate() {
        TimeToFollowUp figures = nineWithTiesAndCensoringOnTheSameDay().estimate().figures();

        assertThat(figures)
            .isEqualTo(new TimeToFollowUp(new BigDecimal("50.0"), new BigDecimal("66.7"), null, null, 30));
    }

    @Test
    void medianIsNotReachedWhenFewerThanHalfAreEverFollowedUp() {
        KaplanMeier km = new KaplanMeier();
        km.followedUp(20);
        km.notFollowedUp(100);
        km.notFollowedUp(200);

        KaplanMeier.Estimate estimate = km.estimate();

        assertThat(estimate.median()).isNull();
        assertThat(estimate.percentBy(180)).isEqualByComparingTo("33.3");
        assertThat(estimate.percentBy(201)).isNull();
    }

    @Test
    void noPreservationsGiveNoFigures() {
        assertThat(new KaplanMeier().estimate().figures()).isEqualTo(new TimeToFollowUp(null, null, null, null, null));
    }

}
