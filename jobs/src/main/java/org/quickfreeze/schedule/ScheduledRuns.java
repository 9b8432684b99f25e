package org.quickfreeze.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.quickfreeze.delivery.Delivery;
import org.quickfreeze.job.RunLauncher;
import org.quickfreeze.job.RunRequest;
import org.quickfreeze.run.QuickfreezeProperties;
import org.quickfreeze.run.ReportingPeriod;
import org.quickfreeze.run.RunMode;
import org.quickfreeze.run.SettingRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;

/**
 * The unattended runs of {@code quickfreeze schedule}: the monthly compliance run (as of
 * the last day of the month just ended, for that month) and the weekly due-soon check (as
 * of the day before), each on the inbox. A run that is due while another is still going
 * is not started; the same run again is refused by the job repository, also across
 * processes sharing a database; one that failed is restarted where it stopped. A run
 * sends its mail when its recipients are set; one whose mail could not be sent is
 * restarted at the next scheduled time to send it, and the operators are told of a run
 * that failed.
 */
public class ScheduledRuns implements DisposableBean {

    public static final String ENABLED = "quickfreeze.schedule.enabled";

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

    private static final long SHUTDOWN_WAIT_SECONDS = 120;

    private final RunLauncher runs;

    private final QuickfreezeProperties properties;

    private final Clock clock;

    private final Delivery delivery;

    private final AtomicBoolean running = new AtomicBoolean();

    private final AtomicInteger notStarted = new AtomicInteger();

    private final CountDownLatch shutDown = new CountDownLatch(1);

    public ScheduledRuns(RunLauncher runs, QuickfreezeProperties properties, Clock clock, Delivery delivery) {
        this.runs = runs;
        this.properties = properties;
        this.clock = clock;
        this.delivery = delivery;
        requireCron("quickfreeze.schedule.monthly", properties.schedule().monthly());
        requireCron("quickfreeze.schedule.weekly", properties.schedule().weekly());
        log.info("scheduled: monthly run at '{}', weekly due-soon check at '{}', inbox {}",
                properties.schedule().monthly(), properties.schedule().weekly(), properties.inbox().toAbsolutePath());
    }

    private static void requireCron(String property, String expression) {
        if (!CronExpression.isValidExpression(expression)) {
            throw new SettingRefused(property + " '" + expression + "' is not a cron expression "
                    + "(six fields: second minute hour day-of-month month day-of-week, e.g. '0 0 6 1 * *')");
        }
    }

    @Scheduled(cron = "${quickfreeze.schedule.monthly}")
    public void monthly() {
        LocalDate asOf = YearMonth.now(clock).minusMonths(1).atEndOfMonth();
        run(RunMode.COMPLIANCE, asOf);
    }

    @Scheduled(cron = "${quickfreeze.schedule.weekly}")
    public void weekly() {
        run(RunMode.WEEKLY, LocalDate.now(clock).minusDays(1));
    }

    void run(RunMode mode, LocalDate asOf) {
        if (shutDown.getCount() == 0 || !running.compareAndSet(false, true)) {
            notStarted.incrementAndGet();
            log.warn("{} run as of {} is due but another run is still going: not started", mode, asOf);
            return;
        }
        try {
            sendWhatWasNotSent();
            JobExecution execution = runs
                .start(RunRequest.ofInbox(properties.inbox(), asOf, ReportingPeriod.monthOf(asOf), properties.party(),
                        properties.out(), mode, false, delivery.configuredFor(mode)));
            log.info("{} run as of {} ended {}", mode, asOf, execution.getStatus());
            if (execution.getStatus() != BatchStatus.COMPLETED) {
                delivery.alert(mode, asOf, RunLauncher.reason(execution));
            }
        }
        catch (RunLauncher.Refused ex) {
            notStarted.incrementAndGet();
            log.info("{} run as of {} not started: {}", mode, asOf, ex.getMessage());
        }
        catch (RuntimeException ex) {
            log.error("{} run as of {} failed: {}", mode, asOf, ex.getMessage(), ex);
            delivery.alert(mode, asOf, String.valueOf(ex.getMessage()));
        }
        finally {
            running.set(false);
        }
    }

    /**
     * Restarts the runs whose outputs are written but whose mail was not sent, so that
     * they send it now; each sends only to the recipients the server has not accepted it
     * for.
     */
    private void sendWhatWasNotSent() {
        for (JobExecution restarted : runs.restartUndelivered()) {
            log.info("run {} restarted to send its mail: it ended {}", restarted.getJobInstanceId(),
                    restarted.getStatus());
        }
    }

    /**
     * How many runs were due but not started (another was going, or it was done already).
     */
    public int notStarted() {
        return notStarted.get();
    }

    /**
     * Blocks the command line until the process is asked to stop (SIGTERM, or the context
     * closes).
     */
    public int awaitShutdown() {
        try {
            shutDown.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /**
     * On SIGTERM the running job is asked to stop: its current chunk finishes and it ends
     * {@code STOPPED}, to be restarted where it stopped. This happens when the context
     * starts closing, before the scheduler's threads are awaited.
     */
    @EventListener(ContextClosedEvent.class)
    public void stopRunningJob() {
        shutDown.countDown();
        runs.running().ifPresent(execution -> {
            log.info("stopping run {} at the end of its current chunk", execution.getId());
            runs.stop(execution);
        });
    }

    @Override
    public void destroy() throws InterruptedException {
        stopRunningJob();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SHUTDOWN_WAIT_SECONDS);
        while (running.get() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        log.info("scheduler stopped");
    }

}
