package org.quickfreeze.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.quickfreeze.report.model.EuOrderFigures;
import org.quickfreeze.report.model.EuRefusalFigures;
import org.quickfreeze.report.model.EuStatistics;
import org.quickfreeze.run.ReportingPeriod;
import org.quickfreeze.store.CaseRequest;
import org.quickfreeze.store.Instrument;
import org.quickfreeze.store.RequestStatus;
import org.quickfreeze.testsupport.Requests;

/**
 * The Art. 28 tables of the orders issued in 2026, as of 2026-12-31, worked out by hand:
 *
 * <pre>
 * E1 EPOC    SUBSCRIBER|TRAFFIC  Meta Platforms Ireland  YES  09-01, data 09-11 (10 days), notified 09-02
 * E2 EPOC    TRAFFIC             —                       NO   09-10, data 10-10 (30 days)
 * E3 EPOC    SUBSCRIBER          Google Ireland          —    10-01, refused, no ground
 * E4 EPOC    SUBSCRIBER          Google Ireland          —    10-05, refused: fundamental rights
 * E5 EPOC    CONTENT             Google Ireland          NO   09-30, data 10-20 (20 days); follows up R1
 * R1 EPOC_PR CONTENT             Google Ireland          NO   08-20, preserved 08-21; production request E5 (41 days)
 * R2 EPOC_PR IDENTIFICATION      —                       YES  11-01, open
 * not orders of the period: an EPOC received, an EPOC-PR of 2025-12-20, a Convention preservation
 * </pre>
 */
class EuropeanOrdersTest {

    private static final LocalDate D = LocalDate.parse("2026-12-31");

    private static EuStatistics statistics() {
        List<CaseRequest> requests = List.of(
                epoc("E1", "2026-09-01").dataTypes("SUBSCRIBER", "TRAFFIC")
                    .addressee("Meta Platforms Ireland")
                    .emergency("YES")
                    .executedOn("2026-09-11")
                    .notifiedOn("2026-09-02")
                    .status(RequestStatus.EXECUTED)
                    .build(),
                epoc("E2", "2026-09-10").dataTypes("TRAFFIC")
                    .emergency("NO")
                    .executedOn("2026-10-10")
                    .status(RequestStatus.EXECUTED)
                    .build(),
                epoc("E3", "2026-10-01").dataTypes("SUBSCRIBER")
                    .addressee("Google Ireland")
                    .status(RequestStatus.REFUSED)
                    .build(),
                epoc("E4", "2026-10-05").dataTypes("SUBSCRIBER")
                    .addressee("Google Ireland")
                    .status(RequestStatus.REFUSED)
                    .refusalGround("fundamental rights (Art. 12(1)(b))")
                    .build(),
                epoc("E5", "2026-09-30").dataTypes("CONTENT")
                    .addressee("Google Ireland")
                    .emergency("NO")
                    .executedOn("2026-10-20")
                    .status(RequestStatus.EXECUTED)
                    .caseReference("EU-7")
                    .build(),
                Requests.preservation("R1", "2026-08-20")
                    .instrument(Instrument.EPOC_PR)
                    .dataTypes("CONTENT")
                    .addressee("Google Ireland")
                    .emergency("NO")
                    .executedOn("2026-08-21")
                    .caseReference("EU-7")
                    .build(),
                Requests.preservation("R2", "2026-11-01")
                    .instrument(Instrument.EPOC_PR)
                    .dataTypes("IDENTIFICATION")
                    .emergency("YES")
                    .build(),
                epoc("X1", "2026-09-01").received().build(),
                Requests.preservation("X2", "2025-12-20").instrument(Instrument.EPOC_PR).build(),
                Requests.preservation("X3", "2026-09-01").build());
        AuditScope run = new AuditScope(D, ReportingPeriod.parse("2026"), Limits.CONVENTION);
        Audit audit = new Audit(run.limits(), run.asOf());
        RequestFigures.Collector figures = new RequestFigures.Collector(run);
        requests.forEach(r -> {
            audit.add(r);
            figures.add(r);
        });
        return figures.figures(audit.result(key -> null).findings()).europeanOrders();
    }

    private static Requests epoc(String id, String requestedOn) {
        return Requests.mla(id, requestedOn).instrument(Instrument.EPOC);
    }

    private static EuOrderFigures row(String instrument, String dataType, String addressee, String emergency,
            long issued, long fulfilled, long notFulfilled, long notified, long toDataN, String toDataMean,
            long toProductionN, String toProductionMean) {
        return new EuOrderFigures(instrument, dataType, addressee, emergency, issued, fulfilled, notFulfilled, notified,
                toDataN, toDataMean == null ? null : new BigDecimal(toDataMean), toProductionN,
                toProductionMean == null ? null : new BigDecimal(toProductionMean));
    }

    @Test
    void ordersTableCountsEachOrderOnceInItsInstrumentsRowAndOncePerDataTypeAfterIt() {
        assertThat(statistics().orders()).containsExactly(
                row("EPOC", "all", "all", "all", 5, 3, 2, 1, 3, "20.0", 0, null),
                row("EPOC", "SUBSCRIBER", "Google Ireland", "not recorded", 2, 0, 2, 0, 0, null, 0, null),
                row("EPOC", "SUBSCRIBER", "Meta Platforms Ireland", "YES", 1, 1, 0, 1, 1, "10.0", 0, null),
                row("EPOC", "TRAFFIC", "Meta Platforms Ireland", "YES", 1, 1, 0, 1, 1, "10.0", 0, null),
                row("EPOC", "TRAFFIC", "not recorded", "NO", 1, 1, 0, 0, 1, "30.0", 0, null),
                row("EPOC", "CONTENT", "Google Ireland", "NO", 1, 1, 0, 0, 1, "20.0", 0, null),
                row("EPOC_PR", "all", "all", "all", 2, 1, 0, 0, 0, null, 1, "41.0"),
                row("EPOC_PR", "IDENTIFICATION", "not recorded", "YES", 1, 0, 0, 0, 0, null, 0, null),
                row("EPOC_PR", "CONTENT", "Google Ireland", "NO", 1, 1, 0, 0, 0, null, 1, "41.0"));
    }

    @Test
    void refusalsTableHasTheGroundsAlphabeticallyAndTheUnrecordedLast() {
        assertThat(statistics().refusals()).containsExactly(
                new EuRefusalFigures("EPOC", "SUBSCRIBER", "Google Ireland", "not recorded",
                        "fundamental rights (Art. 12(1)(b))", 1),
                new EuRefusalFigures("EPOC", "SUBSCRIBER", "Google Ireland", "not recorded", "not recorded", 1));
    }

    @Test
    void aPeriodWithoutOrdersHasNoReturn() {
        AuditScope run = new AuditScope(D, ReportingPeriod.parse("2026"), Limits.CONVENTION);
        RequestFigures.Collector figures = new RequestFigures.Collector(run);
        figures.add(Requests.preservation("X3", "2026-09-01").build());

        EuStatistics none = figures.figures(List.of()).europeanOrders();

        assertThat(none.hasOrders()).isFalse();
        assertThat(none.all("EPOC").issued()).isZero();
        assertThat(statistics().hasOrders()).isTrue();
    }

    @Test
    void europeanOrdersAreLeftOutOfTheTcyTable() {
        VolumeTable table = new VolumeTable(ReportingPeriod.parse("2026"), new AsOf(D));
        table.add(epoc("E1", "2026-09-01").build());
        table.add(Requests.preservation("R1", "2026-08-20").instrument(Instrument.EPOC_PR).build());
        table.add(Requests.preservation("X3", "2026-09-01").build());

        assertThat(table.volumes().total().sentTotal()).isEqualTo(1);
        assertThat(table.volumes().total().sentPreservation()).isEqualTo(1);
    }

}
