package org.quickfreeze.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.quickfreeze.ingest.InputFiles;
import org.quickfreeze.run.JobParameterNames;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Starts and restarts runs of the compliance audit job. A run is identified by its inputs
 * (the files and their sizes and times, so that new exports make a new run), its as-of
 * day, period and mode: the same run again is refused once it has completed, and picks up
 * where it stopped when it has not.
 */
@Component
public class RunLauncher {

    private static final int CREATE_ATTEMPTS = 5;

    private static final int STOP_ATTEMPTS = 5;

    private static final int RECENT_RUNS = 50;

    static final String DELIVER_STEP = "deliver";

    private final JobOperator jobOperator;

    private final JobRepository jobRepository;

    private final Job complianceAudit;

    private final Clock clock;

    public RunLauncher(JobOperator jobOperator, JobRepository jobRepository, Job complianceAudit, Clock clock) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.complianceAudit = complianceAudit;
        this.clock = clock;
    }

    /** Why a run was not started. */
    public static class Refused extends Exception {

        public Refused(String message) {
            super(message, null, false, false);
        }

    }

    public JobExecution start(RunRequest request) throws Refused {
        JobParameters parameters = parameters(request);
        if (!request.force()) {
            refuseEmptyInboxRunAlreadyDone(request);
        }
        refuseWithoutExports(request);
        for (int attempt = 1;; attempt++) {
            try {
                return jobOperator.start(complianceAudit, parameters);
            }
            catch (JobInstanceAlreadyCompleteException ex) {
                JobExecution done = jobRepository.getLastJobExecution(AuditJobConfiguration.JOB_NAME, parameters);
                throw new Refused("this run (as of " + request.asOf() + ", period " + request.period().label()
                        + ", the same input files) already completed"
                        + (done == null ? "" : " on " + done.getEndTime().toLocalDate() + " as run " + done.getId())
                        + "; give --force to run it again");
            }
            catch (JobExecutionAlreadyRunningException ex) {
                throw new Refused("this run (as of " + request.asOf() + ", period " + request.period().label()
                        + ") is running now, in this or another process");
            }
            catch (JobRestartException ex) {
                throw new Refused("this run cannot be restarted: " + ex.getMessage());
            }
            catch (ConcurrencyFailureException | DataIntegrityViolationException | IllegalStateException ex) {
                // Another process created the same run at the same moment: the job
                // repository's
                // unique key and serializable creation let one through. Looking again
                // shows which.
                if (attempt == CREATE_ATTEMPTS) {
                    throw ex;
                }
                pause();
            }
            catch (Exception ex) {
                throw new IllegalStateException(ex.getMessage(), ex);
            }
        }
    }

    /**
     * An inbox run's files are archived when it ends, so the same run due again finds an
     * empty inbox: that is a run already done, not a new one.
     */
    private void refuseEmptyInboxRunAlreadyDone(RunRequest request) throws Refused {
        if (request.inbox() == null || !inboxIsEmpty(request.inbox())) {
            return;
        }
        for (JobInstance instance : jobRepository.getJobInstances(AuditJobConfiguration.JOB_NAME, 0, RECENT_RUNS)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last != null && last.getStatus() == BatchStatus.COMPLETED
                    && sameRun(last.getJobParameters(), request)) {
                throw new Refused("this run (as of " + request.asOf() + ", period " + request.period().label()
                        + ") already completed as run " + last.getId()
                        + " and no new export has arrived in the inbox since; give --force to run it again");
            }
        }
    }

    private static boolean inboxIsEmpty(Path inbox) {
        try {
            return InputFiles.ofInbox(inbox).exports().isEmpty();
        }
        catch (IOException ex) {
            return false;
        }
    }

    /**
     * A run with nothing to read would write a full set of empty reports, which a reader
     * takes for a month without a request: it is refused instead.
     */
    private static void refuseWithoutExports(RunRequest request) throws Refused {
        try {
            InputFiles files = request.inbox() != null ? InputFiles.ofInbox(request.inbox())
                    : InputFiles.of(request.inputs());
            if (files.exports().isEmpty()) {
                throw new Refused((request.inbox() != null ? "the inbox " + request.inbox() + " holds no file"
                        : "the input holds no export (a .csv, .xlsx, .xlsm, .xls or .ods file): "
                                + String.join(", ", request.inputs().stream().map(Path::toString).toList()))
                        + "; nothing was written");
            }
        }
        catch (IOException ex) {
            throw new Refused("the input cannot be listed: " + ex.getMessage());
        }
    }

    private static boolean sameRun(JobParameters done, RunRequest request) {
        return request.asOf().toString().equals(done.getString(JobParameterNames.AS_OF))
                && request.period().label().equals(done.getString(JobParameterNames.PERIOD))
                && request.mode().name().equals(done.getString(JobParameterNames.MODE))
                && request.inbox()
                    .toAbsolutePath()
                    .normalize()
                    .toString()
                    .equals(done.getString(JobParameterNames.INBOX));
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Restarts the last run when it failed, was stopped or was killed (a run left
     * {@code STARTED} by a process that no longer exists is marked failed first), from
     * the step and chunk it had reached.
     */
    public JobExecution restartLast() throws Refused {
        JobInstance instance = jobRepository.getLastJobInstance(AuditJobConfiguration.JOB_NAME);
        JobExecution last = instance == null ? null : jobRepository.getLastJobExecution(instance);
        if (last == null) {
            throw new Refused("there is no run to restart");
        }
        if (last.getStatus() == BatchStatus.COMPLETED) {
            throw new Refused("the last run (" + last.getId() + ") completed: there is nothing to restart");
        }
        try {
            if (last.getStatus().isRunning() || last.getStatus() == BatchStatus.UNKNOWN) {
                last = jobOperator.recover(last);
            }
            return jobOperator.restart(last);
        }
        catch (JobRestartException ex) {
            throw new Refused("run " + last.getId() + " cannot be restarted: " + ex.getMessage());
        }
    }

    /**
     * Restarts each recent run that wrote its outputs but failed to send its mail: only
     * its delivery step runs again.
     */
    public List<JobExecution> restartUndelivered() {
        List<JobExecution> restarted = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(AuditJobConfiguration.JOB_NAME, 0, RECENT_RUNS)) {
            JobExecution last = jobRepository.getLastJobExecution(instance);
            if (last == null || last.getStatus() != BatchStatus.FAILED) {
                continue;
            }
            boolean deliveryFailed = last.getStepExecutions()
                .stream()
                .anyMatch(s -> s.getStepName().equals(DELIVER_STEP) && s.getStatus() == BatchStatus.FAILED);
            if (deliveryFailed) {
                try {
                    restarted.add(jobOperator.restart(last));
                }
                catch (JobRestartException | RuntimeException ex) {
                    // another process restarted it, or it cannot be: the next time tries
                    // again
                }
                catch (Exception ex) {
                    throw new IllegalStateException(ex.getMessage(), ex);
                }
            }
        }
        return restarted;
    }

    /** Why a run ended other than completed, in its failure's own words. */
    public static String reason(JobExecution execution) {
        for (Throwable failure : execution.getAllFailureExceptions()) {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root && root.getMessage() == null) {
                root = root.getCause();
            }
            return String.valueOf(root.getMessage());
        }
        return "the run ended " + execution.getStatus();
    }

    public Optional<JobExecution> running() {
        return jobRepository.findRunningJobExecutions(AuditJobConfiguration.JOB_NAME).stream().findFirst();
    }

    /**
     * Asks a running job to stop: its step sees the {@code STOPPING} status when it
     * commits its current chunk and ends {@code STOPPED}. The job operator's own stop
     * also closes the step's scope from this thread, which can close the export being
     * read under the running chunk and fail the run instead.
     */
    public void stop(JobExecution execution) {
        for (int attempt = 1; attempt <= STOP_ATTEMPTS; attempt++) {
            JobExecution current = jobRepository.getJobExecution(execution.getId());
            if (current == null || !current.getStatus().isRunning()) {
                return;
            }
            current.setStatus(BatchStatus.STOPPING);
            try {
                jobRepository.update(current);
                return;
            }
            catch (OptimisticLockingFailureException ex) {
                // the job updated itself in the meantime (or ended): look again
            }
        }
    }

    JobParameters parameters(RunRequest request) {
        List<Path> inputs = request.inputs().stream().map(p -> p.toAbsolutePath().normalize()).toList();
        JobParametersBuilder builder = new JobParametersBuilder()
            .addString(JobParameterNames.INPUT_SET, fingerprint(inputs), true)
            .addString(JobParameterNames.AS_OF, request.asOf().toString(), true)
            .addString(JobParameterNames.PERIOD, request.period().label(), true)
            .addString(JobParameterNames.MODE, request.mode().name(), true)
            .addString(JobParameterNames.INPUTS, inputs.stream().map(Path::toString).collect(Collectors.joining("\n")),
                    false)
            .addString(JobParameterNames.PARTY, request.party() == null ? "" : request.party(), false)
            .addString(JobParameterNames.OUT, request.out().toAbsolutePath().normalize().toString(), false)
            .addString(JobParameterNames.INBOX,
                    request.inbox() == null ? "" : request.inbox().toAbsolutePath().normalize().toString(), false)
            .addString(JobParameterNames.DELIVER, String.valueOf(request.deliver()), false);
        if (request.force()) {
            builder.addLong(JobParameterNames.RUN_ID, clock.millis(), true);
        }
        return builder.toJobParameters();
    }

    /** The input set: every export file named, with its size and modification time. */
    static String fingerprint(List<Path> inputs) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : InputFiles.expand(inputs)) {
                String entry = file + "|"
                        + (Files.isRegularFile(file)
                                ? Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis() : "missing")
                        + "\n";
                digest.update(entry.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
