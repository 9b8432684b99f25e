package org.quickfreeze.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.run.ReportingPeriod;
import org.quickfreeze.testsupport.MigratedStore;
import org.quickfreeze.testsupport.Requests;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The findings the audit keeps for the output step come back in findings order, whatever
 * their number, and those of completed runs are let go.
 */
class FindingRepositoryTest {

    private static final LocalDate D = LocalDate.parse("2026-10-31");

    @TempDir
    Path home;

    /** As many preservations as asked, requested on days before D, in findings order. */
    private static Audit.Result audited(int preservations) {
        Audit audit = new Audit(Limits.CONVENTION, new AsOf(D));
        for (int i = 0; i < preservations; i++) {
            audit.add(Requests.preservation("P" + i, D.minusDays(i % 400).toString()).caseReference("C" + i).build());
        }
        audit.add(Requests.mla("M1", "2026-10-01").followsUp("NOT-THERE").build());
        return audit.result(key -> null);
    }

    private static List<FindingRow> read(FindingRepository findings, long jobInstanceId) {
        List<FindingRow> rows = new ArrayList<>();
        findings.forEach(jobInstanceId, rows::add);
        return rows;
    }

    @Test
    void findingsOfARunComeBackInFindingsOrderOverManyBatches() {
        FindingRepository findings = new FindingRepository(MigratedStore.h2(home));
        Audit.Result result = audited(2_345);

        findings.replace(7, result.findings(), result.unresolvedLinks());
        findings.replace(7, result.findings(), result.unresolvedLinks());

        assertThat(read(findings, 7)).hasSize(2_345)
            .containsExactlyElementsOf(result.findings().stream().map(Finding::toRow).toList());
        assertThat(findings.unresolvedLinks(7)).singleElement()
            .satisfies(l -> assertThat(l.requestId()).isEqualTo("M1"));
        assertThat(read(findings, 8)).isEmpty();
    }

    @Test
    void completedRunsLetGoOfTheirFindingsFailedAndRunningOnesKeepThem() {
        JdbcTemplate store = MigratedStore.h2(home);
        FindingRepository findings = new FindingRepository(store);
        RequestFiguresRepository figures = new RequestFiguresRepository(store);
        AuditScope run = new AuditScope(D, ReportingPeriod.parse("2026-10"), Limits.CONVENTION);
        Audit.Result result = audited(3);
        for (long instance : List.of(1L, 2L, 3L)) {
            execution(store, instance, instance == 1 ? "COMPLETED" : instance == 2 ? "FAILED" : "STARTED");
            findings.replace(instance, result.findings(), result.unresolvedLinks());
            figures.replace(instance, new RequestFigures.Collector(run).figures(List.of()));
        }

        findings.forgetCompletedRuns();
        figures.forgetCompletedRuns();

        assertThat(read(findings, 1)).isEmpty();
        assertThat(findings.unresolvedLinks(1)).isEmpty();
        assertThat(
                store.queryForObject("SELECT COUNT(*) FROM request_figures WHERE job_instance_id = 1", Integer.class))
            .isZero();
        assertThat(read(findings, 2)).hasSize(3);
        assertThat(read(findings, 3)).hasSize(3);
        assertThat(figures.of(2)).isNotNull();
        assertThat(figures.of(3)).isNotNull();
    }

    private static void execution(JdbcTemplate store, long jobInstanceId, String status) {
        store.update("INSERT INTO BATCH_JOB_INSTANCE (JOB_INSTANCE_ID, VERSION, JOB_NAME, JOB_KEY) VALUES (?, 0, "
                + "'complianceAudit', ?)", jobInstanceId, "key-" + jobInstanceId);
        store.update("INSERT INTO BATCH_JOB_EXECUTION (JOB_EXECUTION_ID, VERSION, JOB_INSTANCE_ID, CREATE_TIME, "
                + "STATUS) VALUES (?, 0, ?, CURRENT_TIMESTAMP, ?)", jobInstanceId, jobInstanceId, status);
    }

}
