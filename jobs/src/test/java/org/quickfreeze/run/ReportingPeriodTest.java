package org.quickfreeze.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    @Test
    void monthQuarterYearAndRange() {
        assertThat(ReportingPeriod.parse("2026-02").to()).isEqualTo(LocalDate.parse("2026-02-28"));
        ReportingPeriod q3 = ReportingPeriod.parse("2026-Q3");
        assertThat(q3.from()).isEqualTo(LocalDate.parse("2026-07-01"));
        assertThat(q3.to()).isEqualTo(LocalDate.parse("2026-09-30"));
        assertThat(ReportingPeriod.parse("2024").to()).isEqualTo(LocalDate.parse("2024-12-31"));
        ReportingPeriod range = ReportingPeriod.parse("2007-01-01..2008-10-31");
        assertThat(range.from()).isEqualTo(LocalDate.parse("2007-01-01"));
        assertThat(range.to()).isEqualTo(LocalDate.parse("2008-10-31"));
    }

    @Test
    void fileLabelsAsTheReportsNameThem() {
        assertThat(ReportingPeriod.parse("2026-10").fileLabel()).isEqualTo("2026-10");
        assertThat(ReportingPeriod.parse("2026-q3").fileLabel()).isEqualTo("2026-Q3");
        assertThat(ReportingPeriod.parse("2007-01-01..2008-10-31").fileLabel()).isEqualTo("2007-01-01_2008-10-31");
    }

    @Test
    void nonsenseIsRefusedWithTheFormsThatWork() {
        assertThatThrownBy(() -> ReportingPeriod.parse("October")).hasMessageContaining("2026-Q3");
        assertThatThrownBy(() -> ReportingPeriod.parse("2026-13")).hasMessageContaining("not a real");
        assertThatThrownBy(() -> ReportingPeriod.parse("2026-10-31..2026-10-01")).hasMessageContaining("ends before");
    }

}
