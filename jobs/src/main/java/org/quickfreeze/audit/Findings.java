package org.quickfreeze.audit;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.LinkQuality;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The findings and unresolved links of a run, kept between the audit and output steps. */
@Repository
public class Findings {

    private static final int BATCH = 1_000;

    /** Many rows to a statement cost the database far less than as many statements of one row. */
    private static final int ROWS_PER_STATEMENT = 100;

    private static final String COLUMNS = "register, request_id, party, direction, counterpart, request_type, "
            + "requested_on, start_on, follow_up_register, follow_up_id, follow_up_on, link, delay_days, age_days, "
            + "days_left, state, severity, case_reference, offence";

    /** Job instance id and sequence number, then the finding's columns. */
    private static final int PARAMETERS_PER_ROW = 2 + COLUMNS.split(",").length;

    private final JdbcTemplate jdbc;

    public Findings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void replace(long jobInstanceId, List<Finding> findings, List<UnresolvedLink> links) {
        jdbc.update("DELETE FROM finding WHERE job_instance_id = ?", jobInstanceId);
        jdbc.update("DELETE FROM unresolved_link WHERE job_instance_id = ?", jobInstanceId);
        Map<Integer, String> inserts = new HashMap<>();
        for (int from = 0; from < findings.size(); from += ROWS_PER_STATEMENT) {
            int first = from;
            int rows = Math.min(findings.size(), from + ROWS_PER_STATEMENT) - from;
            jdbc.update(inserts.computeIfAbsent(rows, Findings::insert), ps -> {
                int parameter = 1;
                for (int seq = first; seq < first + rows; seq++) {
                    parameter = set(ps, parameter, jobInstanceId, seq, findings.get(seq).toRow());
                }
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

    private static String insert(int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(PARAMETERS_PER_ROW, "?")) + ")";
        return "INSERT INTO finding (job_instance_id, seq, " + COLUMNS + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, row));
    }

    /** Sets one row's parameters from {@code first} on; the index of the next row's first parameter. */
    private static int set(PreparedStatement ps, int first, long jobInstanceId, long seq, FindingRow f)
            throws SQLException {
        int i = first;
        ps.setLong(i++, jobInstanceId);
        ps.setLong(i++, seq);
        ps.setString(i++, f.register());
        ps.setString(i++, f.requestId());
        ps.setString(i++, f.party());
        ps.setString(i++, f.direction());
        ps.setString(i++, f.counterpart());
        ps.setString(i++, f.requestType());
        ps.setDate(i++, Date.valueOf(f.requestedOn()));
        ps.setDate(i++, Date.valueOf(f.startOn()));
        ps.setString(i++, f.followUpRegister());
        ps.setString(i++, f.followUpId());
        ps.setDate(i++, f.followUpOn() == null ? null : Date.valueOf(f.followUpOn()));
        ps.setString(i++, f.link());
        setInteger(ps, i++, f.delayDays());
        setInteger(ps, i++, f.ageDays());
        setInteger(ps, i++, f.daysLeft());
        ps.setString(i++, f.state());
        ps.setString(i++, f.severity());
        ps.setString(i++, f.caseReference());
        ps.setString(i++, f.offence());
        return i;
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

    private static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        }
        else {
            ps.setInt(index, value);
        }
    }
}
