package org.quickfreeze.testsupport;

import java.time.LocalDate;
import java.util.List;

import org.quickfreeze.audit.AsOf;
import org.quickfreeze.audit.Audit;
import org.quickfreeze.audit.Finding;
import org.quickfreeze.audit.Limits;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.store.CaseRequest;
import org.quickfreeze.store.RequestStatus;
import org.quickfreeze.store.RequestType;

/**
 * Seven preservations of party RO as of 2026-10-31, worked out by hand:
 *
 * <pre>
 * P1 SENT DE     S 2026-06-01  F 2026-06-21  delay 20  ON_TIME
 * P2 SENT DE     S 2026-07-01  F 2026-09-14  delay 75  LATE
 * P3 RECEIVED FR S 2026-08-01  —             age 91    LAPSED
 * P4 RECEIVED FR S 2026-09-20  —             age 41    PENDING
 * P5 SENT FR     S 2026-09-05  —             age 56    DUE_SOON
 * P6 SENT DE     S 2026-09-10  F 2026-09-30  delay 20  ON_TIME
 * P7 SENT DE     refused                               EXCLUDED
 * </pre>
 */
public final class StatisticsScenario {

    public static final LocalDate D = LocalDate.parse("2026-10-31");

    private StatisticsScenario() {
    }

    public static List<FindingRow> findings() {
        Audit audit = new Audit(Limits.CONVENTION, new AsOf(D));
        List<CaseRequest> requests = List.of(Requests.preservation("P1", "2026-06-01").caseReference("C1").build(),
                Requests.mla("M1", "2026-06-21").caseReference("C1").build(),
                Requests.preservation("P2", "2026-07-01").caseReference("C2").build(),
                Requests.mla("M2", "2026-09-14").caseReference("C2").build(),
                Requests.preservation("P3", "2026-08-01").received().counterpart("FR").build(),
                Requests.preservation("P4", "2026-09-20").received().counterpart("FR").build(),
                Requests.preservation("P5", "2026-09-05")
                    .counterpart("FR")
                    .type(RequestType.TRAFFIC_DISCLOSURE)
                    .build(),
                Requests.preservation("P6", "2026-09-10").caseReference("C6").build(),
                Requests.mla("M6", "2026-09-30").caseReference("C6").build(),
                Requests.preservation("P7", "2026-09-10").status(RequestStatus.REFUSED).build());
        requests.forEach(audit::add);
        return audit.result(key -> null).findings().stream().map(Finding::toRow).toList();
    }

}
