package org.quickfreeze.delivery;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.quickfreeze.report.text.Messages;
import org.quickfreeze.run.RunMode;

/**
 * The alert to the operators when a scheduled run failed: which run, its one-line reason,
 * where the log is, and the command that completes it.
 */
final class FailureMail {

    static final String RESTART = "quickfreeze run --restart";

    private FailureMail() {
    }

    static Mail of(Messages m, String parties, RunMode mode, LocalDate asOf, String reason, Path log) {
        String run = m.text(mode == RunMode.WEEKLY ? "mail.failure.weekly" : "mail.failure.monthly");
        String subject = m.text("mail.failure.subject", "parties", parties, "run", run, "asOf", asOf);
        MailText body = new MailText();
        body.line(m.text("mail.failure.reason", "run", run, "asOf", asOf, "reason", reason));
        body.blank();
        body.line(m.text("mail.failure.log", "log", log.toAbsolutePath()));
        body.line(m.text("mail.failure.restart", "command", RESTART));
        return new Mail(Mail.Kind.FAILURE, subject, body.toString(), List.of());
    }

}
