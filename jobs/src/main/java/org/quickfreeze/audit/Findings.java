package org.quickfreeze.audit;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.LinkQuality;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The findings and unresolved links of a run, kept between the audit and output steps. */
@Repository
public class Findings {

    private static final int BATCH = 1_000;

    private static final String COLUMNS = "register, request_id, party, direction, counterpart, request_type, "
            + "requested_on, start_on, follow_up_register, follow_up_id, follow_up_on, link, delay_days, age_days, "
            + "days_left, state, severity, case_reference, offence";

    private final JdbcTemplate jdbc;

    public Findings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Numbered(long seq, FindingRow row) {
    }

    public void replace(long jobInstanceId, List<Finding> findings, List<UnresolvedLink> links) {
        jdbc.update("DELETE FROM finding WHERE job_instance_id = ?", jobInstanceId);
        jdbc.update("DELETE FROM unresolved_link WHERE job_instance_id = ?", jobInstanceId);
        for (int from = 0; from < findings.size(); from += BATCH) {
            List<Numbered> batch = new ArrayList<>(BATCH);
            for (int seq = from; seq < Math.min(findings.size(), from + BATCH); seq++) {
                batch.add(new Numbered(seq, findings.get(seq).toRow()));
            }
            jdbc.batchUpdate("INSERT INTO finding (job_instance_id, seq, " + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", batch, batch.size(),
                    (ps, numbered) -> {
                        FindingRow f = numbered.row();
                        ps.setLong(1, jobInstanceId);
                        ps.setLong(2, numbered.seq());
                        ps.setString(3, f.register());
                        ps.setString(4, f.requestId());
                        ps.setString(5, f.party());
                        ps.setString(6, f.direction());
                        ps.setString(7, f.counterpart());
                        ps.setString(8, f.requestType());
                        ps.setDate(9, Date.valueOf(f.requestedOn()));
                        ps.setDate(10, Date.valueOf(f.startOn()));
                        ps.setString(11, f.followUpRegister());
                        ps.setString(12, f.followUpId());
                        ps.setDate(13, f.followUpOn() == null ? null : Date.valueOf(f.followUpOn()));
                        ps.setString(14, f.link());
                        setInteger(ps, 15, f.delayDays());
                        setInteger(ps, 16, f.ageDays());
                        setInteger(ps, 17, f.daysLeft());
                        ps.setString(18, f.state());
                        ps.setString(19, f.severity());
                        ps.setString(20, f.caseReference());
                        ps.setString(21, f.offence());
                    });
        }
        jdbc.batchUpdate("INSERT INTO unresolved_link (job_instance_id, register, request_id, follows_up, reason) "
                + "VALUES (?, ?, ?, ?, ?)", links, BATCH, (ps, l) -> {
                    ps.setLong(1, jobInstanceId);
                    ps.setString(2, l.register());
                    ps.setString(3, l.requestId());
                    ps.setString(4, l.followsUp());
                    ps.setString(5, l.reason());
                });
    }

    /** The findings in findings order, with their case reference and offence. */
    public void forEach(long jobInstanceId, Consumer<FindingRow> consumer) {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(2_000);
        streaming.query("SELECT " + COLUMNS + " FROM finding WHERE job_instance_id = ? ORDER BY seq", rs -> {
                    consumer.accept(map(rs));
                }, jobInstanceId);
    }

    public List<LinkQuality> unresolvedLinks(long jobInstanceId) {
        return jdbc.query("SELECT register, request_id, follows_up, reason FROM unresolved_link "
                + "WHERE job_instance_id = ? ORDER BY register, request_id", (rs, n) -> new LinkQuality(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), jobInstanceId);
    }

    /** Reads the columns of {@link #COLUMNS} by position: a lookup by name per cell is a cost at a million rows. */
    private static FindingRow map(ResultSet rs) throws SQLException {
        return new FindingRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), date(rs, 7), date(rs, 8), rs.getString(9), rs.getString(10), date(rs, 11),
                rs.getString(12), integer(rs, 13), integer(rs, 14), integer(rs, 15), rs.getString(16),
                rs.getString(17), rs.getString(18), rs.getString(19));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static void setInteger(java.sql.PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        }
        else {
            ps.setInt(index, value);
        }
    }
}
