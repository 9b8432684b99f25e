package org.quickfreeze.cli;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.quickfreeze.delivery.NotDelivered;
import org.quickfreeze.output.OutputNotWritten;
import org.quickfreeze.run.SettingRefused;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;

/** Turns an exception into the one sentence a person reads. */
final class Failures {

    /** The SQL standard's state for a statement the role may not run. */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    /**
     * SQLSTATE class 28, "invalid authorization specification": user name or password.
     */
    private static final String INVALID_AUTHORIZATION = "28";

    /** SQLSTATE class 08, "connection exception": the server was lost, not a file. */
    private static final String CONNECTION_EXCEPTION = "08";

    /** H2's error code for a database file that another process holds open. */
    private static final int H2_DATABASE_IN_USE = 90020;

    private static final Pattern LOCKED_FILE = Pattern.compile("The file is locked: (.+?)(?: \\[[^\\]]*\\])?$");

    private Failures() {
    }

    /**
     * The sentence for an embedded store that another process holds open: another
     * Quickfreeze run (or the schedule) is using it. That is a run refused, not a setting
     * to check: the URL is right, the store is busy.
     */
    static Optional<String> storeInUse(Throwable failure) {
        boolean inUse = false;
        String file = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            inUse |= t instanceof SQLException sql && sql.getErrorCode() == H2_DATABASE_IN_USE;
            String message = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
            Matcher locked = LOCKED_FILE.matcher(message.strip());
            if (locked.find()) {
                inUse = true;
                file = locked.group(1);
            }
        }
        if (!inUse) {
            return Optional.empty();
        }
        return Optional
            .of("another Quickfreeze run (or the schedule) is using the store" + (file == null ? "" : " " + file)
                    + " now: wait until it ends, or give this run a store of its own " + "with spring.datasource.url");
    }

    /**
     * The sentence for a run that failed with these exceptions. When a chunk's commit
     * fails, the job repository then fails to record the step (an optimistic-locking
     * failure): that is a consequence, and the cause is told instead.
     */
    static Optional<String> sentence(List<Throwable> failures) {
        return failures.stream()
            .filter(f -> !(f instanceof OptimisticLockingFailureException))
            .findFirst()
            .or(() -> failures.stream().findFirst())
            .map(Failures::sentence);
    }

    /** Whether the start failed on a {@code quickfreeze.*} setting that cannot work. */
    /** The mail a run could not send, if that is why it failed. */
    static Optional<NotDelivered> undelivered(List<Throwable> failures) {
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof NotDelivered notDelivered) {
                    return Optional.of(notDelivered);
                }
            }
        }
        return Optional.empty();
    }

    static boolean isSettingRefused(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BindException || t instanceof SettingRefused) {
                return true;
            }
        }
        return false;
    }

    static String sentence(Throwable failure) {
        Throwable root = failure;
        Throwable above = null;
        boolean database = false;
        boolean connectionLost = false;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof OutputNotWritten output) {
                return output.getMessage();
            }
            database |= root instanceof SQLException || root instanceof DataAccessException;
            connectionLost |= root instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION);
            above = root;
            root = root.getCause();
        }
        database |= root instanceof SQLException;
        // an exception without words (an end of file) is told by the one that wraps it,
        // which says what was being done
        Throwable told = blank(root.getMessage()) && above != null ? above : root;
        if (database && !connectionLost && (root.getClass() == IOException.class || root instanceof EOFException
                || root instanceof FileSystemException)) {
            // the embedded database's own files (a full disk, a read-only folder, a file
            // cut short by one), not a connection: the URL is fine
            return "the database cannot use its files: " + message(told);
        }
        String state = root instanceof SQLException sql ? sql.getSQLState() : null;
        if (INSUFFICIENT_PRIVILEGE.equals(state)) {
            // the connection works: the role lacks a right (on PostgreSQL, TEMPORARY for
            // the ingest)
            return "the database refuses the role a right it needs (check spring.datasource.username's privileges): "
                    + message(told);
        }
        if (state != null && state.startsWith(INVALID_AUTHORIZATION)) {
            // the server was reached: the URL is fine, the login is not
            return "the database does not accept the login (check spring.datasource.username and "
                    + "spring.datasource.password): " + message(told);
        }
        if (database) {
            return "the database cannot be used (check spring.datasource.url): " + message(told);
        }
        return message(told);
    }

    private static String message(Throwable root) {
        String message = root.getMessage();
        if (blank(message)) {
            message = root.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message).strip();
    }

    private static boolean blank(String message) {
        return message == null || message.isBlank();
    }

}
