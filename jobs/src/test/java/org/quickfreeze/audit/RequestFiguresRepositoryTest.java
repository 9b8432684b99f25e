package org.quickfreeze.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.run.ReportingPeriod;
import org.quickfreeze.testsupport.MigratedStore;
import org.quickfreeze.testsupport.Requests;

/**
 * The figures the audit keeps for the output step come back from the store exactly as
 * computed: every count, every rounded median and mean with its scale, every counterpart
 * list in its order.
 */
class RequestFiguresRepositoryTest {

    @TempDir
    Path home;

    @Test
    void figuresKeptByTheAuditReadBackEqualToThoseComputed() {
        RequestFiguresRepository repository = new RequestFiguresRepository(MigratedStore.h2(home));
        AuditScope run = new AuditScope(LocalDate.parse("2026-10-31"), ReportingPeriod.parse("2026-Q3"),
                Limits.CONVENTION);
        RequestFigures.Collector collector = new RequestFigures.Collector(run);
        List.of(Requests.preservation("P1", "2026-07-01")
            .received()
            .counterpart("US")
            .executedOn("2026-07-03")
            .acknowledgedOn("2026-07-01")
            .build(),
                Requests.preservation("P2", "2026-08-01").received().counterpart("US").executedOn("2026-08-02").build(),
                Requests.preservation("P3", "2026-09-01").counterpart("FR").build(),
                Requests.mla("M1", "2026-07-15").executedOn("2026-10-20").build(),
                Requests.preservation("P4", "2026-08-08").party("MD").counterpart("RO").build())
            .forEach(collector::add);
        RequestFigures computed = collector.figures(List.of());

        repository.replace(7, computed);
        repository.replace(7, computed);

        assertThat(repository.of(7)).isEqualTo(computed);
        assertThat(computed.parties()).containsExactly("MD", "RO");
        assertThat(computed.volumes().total().receivedPreservation()).isEqualTo(2);
    }

}
