package org.quickfreeze.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quickfreeze.report.model.VolumeRow;
import org.quickfreeze.report.model.Volumes;
import org.quickfreeze.run.ReportingPeriod;
import org.quickfreeze.store.CaseRequest;
import org.quickfreeze.store.RequestType;
import org.quickfreeze.testsupport.Requests;

class VolumeTableTest {

    private static final List<CaseRequest> REQUESTS = List.of(Requests.preservation("A", "2026-07-05").build(),
            Requests.mla("B", "2026-08-01").build(),
            Requests.preservation("C", "2026-09-01").type(RequestType.SUBSCRIBER_INFO).counterpart("FR").build(),
            Requests.preservation("D", "2026-07-10").received().counterpart("US").build(),
            Requests.preservation("E", "2026-09-30")
                .received()
                .counterpart("US")
                .type(RequestType.TRAFFIC_DISCLOSURE)
                .build(),
            Requests.mla("F", "2026-07-01").received().counterpart("NL").type(RequestType.MLA_INTERCEPTION).build(),
            Requests.preservation("G", "2026-08-08").party("MD").counterpart("RO").build(),
            Requests.preservation("before", "2026-06-30").build(),
            Requests.preservation("after", "2026-10-01").build());

    private static Volumes volumes(String period, String asOf) {
        VolumeTable table = new VolumeTable(ReportingPeriod.parse(period), new AsOf(LocalDate.parse(asOf)));
        REQUESTS.forEach(table::add);
        return table.volumes();
    }

    @Test
    void oneRowPerPartyWithSentAndReceivedByFamily() {
        Volumes v = volumes("2026-Q3", "2026-10-31");
        assertThat(v.parties()).extracting(VolumeRow::party).containsExactly("MD", "RO");
        VolumeRow ro = v.parties().get(1);
        assertThat(ro.sentTotal()).isEqualTo(3);
        assertThat(ro.sentPreservation()).isEqualTo(1);
        assertThat(ro.sentMla()).isEqualTo(1);
        assertThat(ro.to()).containsExactly("DE", "FR");
        assertThat(ro.receivedTotal()).isEqualTo(3);
        assertThat(ro.receivedPreservation()).isEqualTo(2);
        assertThat(ro.receivedMla()).isEqualTo(1);
        assertThat(ro.from()).containsExactly("US", "NL");
    }

    @Test
    void totalRowSumsTheColumnsAndListsCounterpartsMostRequestsFirstThenByCode() {
        VolumeRow total = volumes("2026-Q3", "2026-10-31").total();
        assertThat(total.party()).isEqualTo("Total");
        assertThat(total.sentTotal()).isEqualTo(4);
        assertThat(total.sentPreservation()).isEqualTo(2);
        assertThat(total.sentMla()).isEqualTo(1);
        assertThat(total.to()).containsExactly("DE", "FR", "RO");
        assertThat(total.receivedTotal()).isEqualTo(3);
    }

    @Test
    void perCounterpartTableOfEachParty() {
        List<VolumeRow> rows = volumes("2026-Q3", "2026-10-31").counterparts();
        assertThat(rows).extracting(r -> r.party() + "-" + r.counterpart())
            .containsExactly("MD-RO", "RO-DE", "RO-FR", "RO-NL", "RO-US");
        VolumeRow roUs = rows.get(4);
        assertThat(roUs.receivedTotal()).isEqualTo(2);
        assertThat(roUs.receivedPreservation()).isEqualTo(2);
    }

    @Test
    void requestsAfterTheAsOfDayAreNotCountedEvenInsideThePeriod() {
        VolumeRow ro = volumes("2026-Q3", "2026-09-15").parties().get(1);
        assertThat(ro.receivedTotal()).isEqualTo(2);
        assertThat(ro.receivedPreservation()).isEqualTo(1);
    }

    @Test
    void rangeOfDaysAsPeriod() {
        Volumes v = volumes("2026-06-30..2026-07-05", "2026-10-31");
        assertThat(v.total().sentTotal()).isEqualTo(2);
        assertThat(v.total().receivedTotal()).isEqualTo(1);
    }

}
