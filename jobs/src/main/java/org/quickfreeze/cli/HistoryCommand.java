package org.quickfreeze.cli;

import java.io.PrintStream;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.quickfreeze.delivery.DeliveryRepository;
import org.quickfreeze.run.JobParameterNames;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@code quickfreeze history}: the past runs, newest first, from the job repository. */
@Component
public class HistoryCommand {

    static final int SHOWN = 50;

    private final JdbcTemplate jdbc;

    private final DeliveryRepository deliveries;

    public HistoryCommand(JdbcTemplate jdbc, DeliveryRepository deliveries) {
        this.jdbc = jdbc;
        this.deliveries = deliveries;
    }

    public int print(PrintStream out) {
        out.printf("%6s  %-10s %-22s %-10s %-10s %-19s %9s %10s  %s%n", "run", "as of", "period", "mode", "status",
                "started", "duration", "rows read", "mail");
        jdbc.query("SELECT e.JOB_EXECUTION_ID, e.STATUS, e.START_TIME, e.END_TIME, e.JOB_INSTANCE_ID, "
                + "(SELECT SUM(s.READ_COUNT) FROM BATCH_STEP_EXECUTION s WHERE s.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID "
                + "AND s.STEP_NAME = 'ingest') AS ROWS_READ FROM BATCH_JOB_EXECUTION e "
                + "ORDER BY e.JOB_EXECUTION_ID DESC LIMIT " + SHOWN, rs -> {
                    long id = rs.getLong(1);
                    Map<String, String> parameters = parameters(id);
                    Timestamp start = rs.getTimestamp(3);
                    Timestamp end = rs.getTimestamp(4);
                    String mail = "true".equals(parameters.get(JobParameterNames.DELIVER))
                            ? deliveries.summary(rs.getLong(5)).orElse("not sent yet") : "";
                    out.printf("%6d  %-10s %-22s %-10s %-10s %-19s %9s %10s  %s%n", id,
                            parameters.getOrDefault("asOf", ""), parameters.getOrDefault("period", ""),
                            parameters.getOrDefault("mode", ""), rs.getString(2),
                            start == null ? "" : start.toLocalDateTime().withNano(0).toString().replace('T', ' '),
                            duration(start, end), rs.getObject(6) == null ? "" : rs.getLong(6), mail);
                });
        return ExitCodes.DONE;
    }

    private Map<String, String> parameters(long executionId) {
        Map<String, String> parameters = new HashMap<>();
        jdbc.query("SELECT PARAMETER_NAME, PARAMETER_VALUE FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID = ?",
                rs -> {
                    parameters.put(rs.getString(1), rs.getString(2));
                }, executionId);
        return parameters;
    }

    private static String duration(Timestamp start, Timestamp end) {
        if (start == null) {
            return "";
        }
        LocalDateTime until = end == null ? LocalDateTime.now() : end.toLocalDateTime();
        Duration d = Duration.between(start.toLocalDateTime(), until);
        return String.format("%d.%01d s", d.toSeconds(), d.toMillisPart() / 100) + (end == null ? "…" : "");
    }

}
