package org.quickfreeze.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.quickfreeze.report.model.DaySummary;
import org.quickfreeze.report.model.Rate;

class DaySummariesTest {

    @Test
    void percentilesAreExcelPercentileInc() {
        // Excel: PERCENTILE.INC({1,2,3,4}, 0.5) = 2.5 and PERCENTILE.INC({1,2,3,4}, 0.9)
        // = 3.7
        DaySummary s = DaySummaries.of(new int[] { 4, 1, 3, 2 });
        assertThat(s.median()).isEqualByComparingTo("2.5");
        assertThat(s.p90()).isEqualByComparingTo("3.7");
        assertThat(s.min()).isEqualTo(1);
        assertThat(s.max()).isEqualTo(4);
        assertThat(s.n()).isEqualTo(4);
    }

    @Test
    void p90InterpolatesBetweenTheTwoValuesAroundH() {
        // n = 5, h = 4 × 0.9 = 3.6: 40 + 0.6 × (50 − 40) = 46
        DaySummary s = DaySummaries.of(new int[] { 15, 20, 35, 40, 50 });
        assertThat(s.p90()).isEqualByComparingTo("46.0");
        assertThat(s.median()).isEqualByComparingTo("35.0");
        assertThat(s.mean()).isEqualByComparingTo("32.0");
    }

    @Test
    void excelDocumentationExampleAtThirtyPercent() {
        // Excel's help: PERCENTILE.INC({1,3,2,4}, 0.3) = 1.9
        assertThat(DaySummaries.percentileInc(new int[] { 1, 2, 3, 4 }, 4, new BigDecimal("0.3")))
            .isEqualByComparingTo("1.9");
    }

    @Test
    void meansAndPercentilesRoundHalfUpToOneDecimal() {
        // mean of 1, 1, 1, 2 is 1.25: half up gives 1.3 (half even would give 1.2)
        assertThat(DaySummaries.of(new int[] { 1, 1, 1, 2 }).mean()).isEqualByComparingTo("1.3");
        // p90 of 0..10 by 5 (0, 5, 10, 15, 20, 25, 30, 35, 40, 45): h = 8.1, 40 + 0.1 × 5
        // = 40.5
        assertThat(DaySummaries.of(new int[] { 0, 5, 10, 15, 20, 25, 30, 35, 40, 45 }).p90())
            .isEqualByComparingTo("40.5");
        // p90 of 1, 2, 4: h = 1.8, 2 + 0.8 × 2 = 3.6
        assertThat(DaySummaries.of(new int[] { 1, 2, 4 }).p90()).isEqualByComparingTo("3.6");
        // p90 of 0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89: h = 9.9, 34 + 0.9 × 21 = 52.9
        assertThat(DaySummaries.of(new int[] { 0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89 }).p90())
            .isEqualByComparingTo("52.9");
    }

    @Test
    void singleValueIsItsOwnMedianAndP90() {
        DaySummary s = DaySummaries.of(new int[] { 17 });
        assertThat(s.median()).isEqualByComparingTo("17");
        assertThat(s.p90()).isEqualByComparingTo("17");
    }

    @Test
    void noValuesGiveEmptyFiguresNotZeros() {
        DaySummary s = DaySummaries.of(new int[0]);
        assertThat(s.n()).isZero();
        assertThat(s.median()).isNull();
        assertThat(s.mean()).isNull();
        assertThat(s.min()).isNull();
    }

    @Test
    void rateWithAZeroDenominatorIsEmptyNotZeroPercent() {
        assertThat(new Rate(0, 0).percent()).isNull();
        assertThat(new Rate(0, 0).fraction()).isNull();
        assertThat(new Rate(0, 4).percent()).isEqualByComparingTo("0.0");
    }

    @Test
    void ratesArePercentagesWithOneDecimalRoundedHalfUp() {
        assertThat(new Rate(2, 3).percent()).isEqualByComparingTo("66.7");
        assertThat(new Rate(1, 16).percent()).isEqualByComparingTo("6.3");
        assertThat(new Rate(1, 8).fraction()).isEqualTo(0.125);
    }

}
