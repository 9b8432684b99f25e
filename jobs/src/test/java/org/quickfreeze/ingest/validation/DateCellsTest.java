package org.quickfreeze.ingest.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quickfreeze.ingest.layout.Column;

class DateCellsTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({ "2026-03-04, 2026-03-04", "2024-02-29, 2024-02-29", "2026-12-31, 2026-12-31", "04/03/2026, 2026-03-04",
            "4/3/2026, 2026-03-04", "04.03.2026, 2026-03-04", "2026-03-04T17:30:00Z, 2026-03-04",
            "2026-03-04T17:30:00+02:00, 2026-03-04", "2026-03-04 17:30:00, 2026-03-04",
            "2026-03-04T17:30:00.250Z, 2026-03-04" })
    void acceptedFormats(String cell, String day) throws RowRejected {
        assertThat(DateCells.parse(Column.REQUESTED_ON, cell)).isEqualTo(LocalDate.parse(day));
    }

    @ParameterizedTest(name = "{0} is {1} in UTC")
    @CsvSource({ "2026-03-04T23:30:00-02:00, 2026-03-05", "2026-03-05T01:00:00+02:00, 2026-03-04",
            "2026-03-04T00:00:00+00:00, 2026-03-04" })
    void dateTimeCountsByItsCalendarDateInUtc(String cell, String day) throws RowRejected {
        assertThat(DateCells.parse(Column.EXECUTED_ON, cell)).isEqualTo(LocalDate.parse(day));
    }

    @ParameterizedTest(name = "{0} is rejected")
    @ValueSource(strings = { "12/31/2025", "31/02/2026", "2026-02-29", "2026/03/04", "March 4, 2026", "04-03-2026",
            "20260304", "2026-03-04T25:00:00Z", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-04", "2026-03-4",
            "\uFF12\uFF10\uFF12\uFF16-03-04", "2026-03-04 ", "2026+03+04" })
    void badDates(String cell) {
        assertThatThrownBy(() -> DateCells.parse(Column.REQUESTED_ON, cell)).isInstanceOf(RowRejected.class)
            .satisfies(ex -> assertThat(((RowRejected) ex).code()).isEqualTo(RejectCode.BAD_DATE))
            .hasMessageContaining("requested_on '" + cell + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = { "1989-12-31", "31/12/1989" })
    void datesBefore1990AreRejected(String cell) {
        assertThatThrownBy(() -> DateCells.parse(Column.REQUESTED_ON, cell)).isInstanceOf(RowRejected.class)
            .hasMessageContaining("before 1990-01-01");
    }

    @ParameterizedTest
    @ValueSource(strings = { "03/04/2026" })
    void monthFirstIsNeverGuessed(String cell) throws RowRejected {
        assertThat(DateCells.parse(Column.REQUESTED_ON, cell)).isEqualTo(LocalDate.parse("2026-04-03"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1990-01-01" })
    void firstOfJanuary1990IsAccepted(String cell) throws RowRejected {
        assertThat(DateCells.parse(Column.REQUESTED_ON, cell)).isEqualTo(DateCells.EARLIEST);
    }

}
