package org.quickfreeze.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Quickfreeze;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The store keeps a run's findings only while the run may be restarted: the next run's
 * audit lets go of those of completed runs, so monthly runs do not make the database grow
 * by a copy of every finding.
 */
class FindingsUpkeepTest {

    @TempDir
    Path home;

    @Test
    void nextRunLetsGoOfTheFindingsOfACompletedRun() throws Exception {
        Quickfreeze q = new Quickfreeze(home);
        Path export = q.export("police.csv", "P1,CP,RO,SENT,PRESERVATION,DE,2026-08-10,OPEN",
                "P2,CP,RO,SENT,PRESERVATION,DE,2026-10-01,OPEN");

        assertThat(q.run("run", "--input", export.toString(), "--period", "2026-09").exitCode()).isZero();
        assertThat(q.run("run", "--input", export.toString(), "--period", "2026-10").exitCode()).isZero();

        JdbcTemplate store = new JdbcTemplate(new DriverManagerDataSource(q.databaseUrl(), "sa", ""));
        List<Long> runsWithFindings = store
            .queryForList("SELECT DISTINCT job_instance_id FROM finding_batch ORDER BY job_instance_id", Long.class);
        Long secondRun = store.queryForObject("SELECT MAX(JOB_INSTANCE_ID) FROM BATCH_JOB_INSTANCE", Long.class);
        assertThat(runsWithFindings).containsExactly(secondRun);
        assertThat(store.queryForList("SELECT job_instance_id FROM request_figures", Long.class))
            .containsExactly(secondRun);
        assertThat(Quickfreeze.csv(q.out().resolve("findings-2026-10-31.csv"))).extracting(r -> r.get(1))
            .containsExactly("request_id", "P1", "P2");
    }

}
