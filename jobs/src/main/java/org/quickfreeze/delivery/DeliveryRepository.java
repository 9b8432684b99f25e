package org.quickfreeze.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Table {@code mail_delivery}: for each mail of a run, which recipients the server
 * accepted and which not, and why. Its rows are kept with the job repository's: the
 * history shows them.
 */
@Repository
public class DeliveryRepository {

    static final String SENT = "SENT";

    static final String NOT_SENT = "NOT_SENT";

    private final JdbcTemplate jdbc;

    private final Clock clock;

    private final TransactionTemplate ownTransaction;

    public DeliveryRepository(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records one recipient's outcome at once, in a transaction of its own: the step's
     * own is rolled back when a recipient did not get the mail, and the record of those
     * who did must stay, or a restart would send them a second copy.
     */
    public void record(long runId, Mail.Kind mail, MailServer.Outcome outcome) {
        ownTransaction.executeWithoutResult(status -> insert(runId, mail, outcome));
    }

    private void insert(long runId, Mail.Kind mail, MailServer.Outcome outcome) {
        jdbc.update(
                "INSERT INTO mail_delivery (job_instance_id, mail, recipient, status, reason, attempted_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)",
                runId, mail.name(), key(outcome.recipient().getAddress()), outcome.accepted() ? SENT : NOT_SENT,
                outcome.reason() == null ? null
                        : outcome.reason().substring(0, Math.min(2000, outcome.reason().length())),
                Timestamp.valueOf(LocalDateTime.now(clock)));
    }

    /** The recipients the server accepted this mail of the run for, by address. */
    public Set<String> accepted(long runId, Mail.Kind mail) {
        return new HashSet<>(jdbc.queryForList(
                "SELECT recipient FROM mail_delivery WHERE job_instance_id = ? AND mail = ? AND status = ?",
                String.class, runId, mail.name(), SENT));
    }

    /**
     * A run's delivery in a few words, for {@code history}: empty when it sent no mail.
     */
    public Optional<String> summary(long runId) {
        List<String> lines = jdbc.query("SELECT mail, COUNT(DISTINCT CASE WHEN status = 'SENT' THEN recipient END), "
                + "COUNT(DISTINCT recipient), MAX(attempted_at), "
                + "MAX(CASE WHEN status = 'NOT_SENT' THEN reason END) FROM mail_delivery WHERE job_instance_id = ? "
                + "AND mail <> 'FAILURE' GROUP BY mail", (rs, i) -> {
                    long sent = rs.getLong(2);
                    long all = rs.getLong(3);
                    String when = rs.getTimestamp(4)
                        .toLocalDateTime()
                        .withSecond(0)
                        .withNano(0)
                        .toString()
                        .replace('T', ' ');
                    return sent == all ? "delivered to " + all + " (" + when + ")"
                            : "not delivered to " + (all - sent) + " of " + all + ": " + rs.getString(5);
                }, runId);
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", lines));
    }

    /** Addresses compare without regard to case: the mail system's way. */
    static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }

}
