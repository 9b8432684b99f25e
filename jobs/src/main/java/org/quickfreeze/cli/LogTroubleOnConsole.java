package org.quickfreeze.cli;

import java.io.PrintStream;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.OnConsoleStatusListener;
import ch.qos.logback.core.status.Status;
import ch.qos.logback.core.status.StatusListener;
import ch.qos.logback.core.status.StatusManager;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * When the log file cannot be written (the disk is full, the folder is read-only) Logback
 * reports it on the console with a stack trace, again and again. The operator needs to
 * read it once, in one line, and the run's own outcome after it; the run goes on without
 * its log file.
 */
final class LogTroubleOnConsole implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    private final PrintStream err;

    LogTroubleOnConsole(PrintStream err) {
        this.err = err;
    }

    @Override
    public int getOrder() {
        // right after Spring Boot has configured Logback and added its own console status
        // listener
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        StatusManager statuses = context.getStatusManager();
        statuses.getCopyOfStatusListenerList()
            .stream()
            .filter(l -> l instanceof OnConsoleStatusListener || l instanceof FirstError)
            .forEach(statuses::remove);
        statuses.add(new FirstError(err));
    }

    private static final class FirstError implements StatusListener {

        private final PrintStream err;

        private boolean told;

        FirstError(PrintStream err) {
            this.err = err;
        }

        @Override
        public synchronized void addStatusEvent(Status status) {
            if (told || status.getLevel() != Status.ERROR) {
                return;
            }
            told = true;
            Throwable cause = status.getThrowable();
            err.println(
                    "quickfreeze: the log is not being written (" + status.getMessage().lines().findFirst().orElse("")
                            + (cause == null ? "" : ": " + cause.getMessage()) + "); the run goes on");
        }

    }

}
