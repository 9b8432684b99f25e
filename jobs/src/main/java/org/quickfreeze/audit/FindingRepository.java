package org.quickfreeze.audit;

import java.util.List;
import java.util.function.Consumer;

import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.LinkQuality;
import org.quickfreeze.store.SharedValues;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The findings and unresolved links of a run, kept between the audit and output steps and
 * for a restart of the output step. The findings are kept in batches of lines
 * ({@link FindingText}): a few hundred rows for half a million findings, which the
 * database writes, reads and deletes far faster than as many rows. Once a run has
 * completed they have served their purpose (its findings CSV is the record), and the next
 * audit lets them go.
 */
@Repository
public class FindingRepository {

    private static final int LINKS_PER_STATEMENT = 1_000;

    /**
     * Findings to a batch, and the text after which a batch is full early (long
     * offences): a batch stays far below the column's 10,000,000 characters, as one
     * finding is at most some 70,000.
     */
    private static final int FINDINGS_PER_BATCH = 1_000;

    private static final int BATCH_CHARACTERS = 1_000_000;

    private static final int BATCHES_PER_READ = 10;

    /**
     * Runs that completed: a completed run cannot be restarted, so nothing will read what
     * it kept.
     */
    static final String OF_COMPLETED_RUNS = " WHERE job_instance_id IN (SELECT JOB_INSTANCE_ID "
            + "FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED')";

    private final JdbcTemplate jdbc;

    public FindingRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(long jobInstanceId, List<Finding> findings, List<UnresolvedLink> links) {
        jdbc.update("DELETE FROM finding_batch WHERE job_instance_id = ?", jobInstanceId);
        jdbc.update("DELETE FROM unresolved_link WHERE job_instance_id = ?", jobInstanceId);
        insertBatches(jobInstanceId, findings);
        jdbc.batchUpdate("INSERT INTO unresolved_link (job_instance_id, register, request_id, follows_up, reason) "
                + "VALUES (?, ?, ?, ?, ?)", links, LINKS_PER_STATEMENT, (ps, l) -> {
                    ps.setLong(1, jobInstanceId);
                    ps.setString(2, l.register());
                    ps.setString(3, l.requestId());
                    ps.setString(4, l.followsUp());
                    ps.setString(5, l.reason());
                });
    }

    /** Lets go of the findings and unresolved links of the runs that have completed. */
    public void forgetCompletedRuns() {
        jdbc.update("DELETE FROM finding_batch" + OF_COMPLETED_RUNS);
        jdbc.update("DELETE FROM unresolved_link" + OF_COMPLETED_RUNS);
    }

    /**
     * The findings in findings order, with their case reference and offence. The batches
     * are read a few at a time: an embedded database keeps a query's result in memory,
     * and all of them at once would not fit a small heap.
     */
    public void forEach(long jobInstanceId, Consumer<FindingRow> consumer) {
        SharedValues shared = new SharedValues();
        for (int from = 0;; from += BATCHES_PER_READ) {
            List<String> batches = jdbc.queryForList(
                    "SELECT findings FROM finding_batch "
                            + "WHERE job_instance_id = ? AND seq >= ? AND seq < ? ORDER BY seq",
                    String.class, jobInstanceId, from, from + BATCHES_PER_READ);
            if (batches.isEmpty()) {
                return;
            }
            batches.forEach(lines -> lines.lines().map(line -> FindingText.parse(line, shared)).forEach(consumer));
        }
    }

    public List<LinkQuality> unresolvedLinks(long jobInstanceId) {
        return jdbc.query(
                "SELECT register, request_id, follows_up, reason FROM unresolved_link "
                        + "WHERE job_instance_id = ? ORDER BY register, request_id",
                (rs, n) -> new LinkQuality(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                jobInstanceId);
    }

    /**
     * Inserts the findings in batches, each as soon as it is full, so that the text of
     * all of them is never held at once.
     */
    private void insertBatches(long jobInstanceId, List<Finding> findings) {
        StringBuilder lines = new StringBuilder();
        int seq = 0;
        int inBatch = 0;
        for (Finding finding : findings) {
            if (inBatch > 0) {
                lines.append('\n');
            }
            FindingText.append(lines, finding.toRow());
            inBatch++;
            if (inBatch == FINDINGS_PER_BATCH || lines.length() >= BATCH_CHARACTERS) {
                insertBatch(jobInstanceId, seq++, lines);
                inBatch = 0;
            }
        }
        if (inBatch > 0) {
            insertBatch(jobInstanceId, seq, lines);
        }
    }

    private void insertBatch(long jobInstanceId, int seq, StringBuilder lines) {
        jdbc.update("INSERT INTO finding_batch (job_instance_id, seq, findings) VALUES (?, ?, ?)", jobInstanceId, seq,
                lines.toString());
        lines.setLength(0);
    }

}
