package org.quickfreeze.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request figures of a run, kept as JSON between the audit and output steps (and
 * across a restart).
 */
@Repository
public class RequestFiguresRepository {

    private final JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    public RequestFiguresRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(long jobInstanceId, RequestFigures figures) {
        jdbc.update("DELETE FROM request_figures WHERE job_instance_id = ?", jobInstanceId);
        jdbc.update("INSERT INTO request_figures (job_instance_id, figures) VALUES (?, ?)", jobInstanceId,
                json.writeValueAsString(figures));
    }

    /** Lets go of the figures of the runs that have completed. */
    public void forgetCompletedRuns() {
        jdbc.update("DELETE FROM request_figures" + FindingRepository.OF_COMPLETED_RUNS);
    }

    public RequestFigures of(long jobInstanceId) {
        String figures = jdbc.queryForObject("SELECT figures FROM request_figures WHERE job_instance_id = ?",
                String.class, jobInstanceId);
        return json.readValue(figures, RequestFigures.class);
    }

}
