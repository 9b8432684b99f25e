package org.quickfreeze.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.store.SharedValues;

class FindingTextTest {

    private static FindingRow roundTrip(FindingRow finding) {
        StringBuilder line = new StringBuilder();
        FindingText.append(line, finding);
        assertThat(line.toString()).doesNotContain("\n", "\r");
        return FindingText.parse(line.toString(), new SharedValues());
    }

    @Test
    void followedUpPreservationComesBackCellForCell() {
        FindingRow late = new FindingRow("CP-POLICE", "PN-2026-17", "RO", "SENT", "DE", "PRESERVATION",
                LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-03"), "MOJ", "MJ-9",
                LocalDate.parse("2026-08-20"), "EXPLICIT", 78, null, null, "LATE", null, "C-12/2026",
                "Înșelăciune informatică", null, "BUDAPEST");

        assertThat(roundTrip(late)).isEqualTo(late);
    }

    @Test
    void cellsThatDoNotApplyStayEmptyAndEmptyTextStaysEmpty() {
        FindingRow lapsed = new FindingRow("CP", "", "RO", "RECEIVED", "US", "TRAFFIC_DISCLOSURE",
                LocalDate.parse("2026-01-05"), LocalDate.parse("2026-01-05"), null, null, null, null, null, 299, -239,
                "LAPSED", "critical", "", null, LocalDate.parse("2026-04-30"), "BUDAPEST");

        FindingRow back = roundTrip(lapsed);

        assertThat(back).isEqualTo(lapsed);
        assertThat(back.requestId()).isEmpty();
        assertThat(back.offence()).isNull();
    }

    @Test
    void registerTextWithTabsLineBreaksAndBackslashesComesBackAsItWas() {
        String offence = "fraud\tphishing\r\nsecond line \\ \\N \\t end\\";
        FindingRow pending = new FindingRow("CP\tX", "A\\N", "RO", "SENT", "FR", "PRESERVATION",
                LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-01"), null, null, null, null, null, 30, 30,
                "PENDING", null, "\\N", offence, null, "BUDAPEST");

        assertThat(roundTrip(pending)).isEqualTo(pending);
    }

}
