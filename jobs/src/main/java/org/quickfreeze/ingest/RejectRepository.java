package org.quickfreeze.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.quickfreeze.ingest.validation.RejectCode;
import org.quickfreeze.report.model.RejectRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rejected rows of a run's files, in load order and line order. A file whose bytes an
 * earlier run loaded has the rejects that run found in them, under this run's name for
 * the file: a day run again lists the same rejects.
 */
@Repository
public class RejectRepository {

    private final JdbcTemplate jdbc;

    public RejectRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void forEach(long jobInstanceId, Consumer<RejectRow> consumer) {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(1_000);
        streaming.query("SELECT f.name, r.line, r.code, r.message, r.cells FROM rejected_row r "
                + "JOIN source_file f ON COALESCE(f.same_as_file_id, f.id) = r.file_id "
                + "WHERE f.job_instance_id = ? ORDER BY f.modified_at, f.name, f.id, r.line", rs -> {
                    consumer.accept(new RejectRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            CellsCodec.decode(rs.getString(5))));
                }, jobInstanceId);
    }

    /** Every reject code, zero included, in the contract's order. */
    public Map<String, Long> countByCode(long jobInstanceId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RejectCode code : RejectCode.values()) {
            counts.put(code.name(), 0L);
        }
        jdbc.query("SELECT r.code, COUNT(*) FROM rejected_row r "
                + "JOIN source_file f ON COALESCE(f.same_as_file_id, f.id) = r.file_id "
                + "WHERE f.job_instance_id = ? GROUP BY r.code", rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                }, jobInstanceId);
        return counts;
    }

}
