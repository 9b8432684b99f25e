package org.quickfreeze.cli;

import java.sql.SQLException;

import org.quickfreeze.output.OutputNotWritten;
import org.springframework.dao.DataAccessException;

/** Turns an exception into the one sentence a person reads. */
final class Failures {

    private Failures() {
    }

    static String sentence(Throwable failure) {
        Throwable root = failure;
        boolean database = false;
        while (root.getCause() != null && root.getCause() != root) {
            if (root instanceof OutputNotWritten output) {
                return output.getMessage();
            }
            database |= root instanceof SQLException || root instanceof DataAccessException;
            root = root.getCause();
        }
        database |= root instanceof SQLException;
        if (database) {
            return "the database cannot be used (check spring.datasource.url): " + message(root);
        }
        return message(root);
    }

    private static String message(Throwable root) {
        String message = root.getMessage();
        if (message == null || message.isBlank()) {
            message = root.getClass().getSimpleName();
        }
        return message.lines().findFirst().orElse(message).strip();
    }
}
