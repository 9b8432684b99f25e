package org.quickfreeze.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Optional;

import org.quickfreeze.delivery.Delivery;
import org.quickfreeze.delivery.NotDelivered;
import org.quickfreeze.ingest.SourceFile;
import org.quickfreeze.ingest.SourceFileRepository;
import org.quickfreeze.job.RunLauncher;
import org.quickfreeze.job.RunRequest;
import org.quickfreeze.run.QuickfreezeProperties;
import org.quickfreeze.run.RunMode;
import org.quickfreeze.run.VisibleText;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * {@code quickfreeze run}: one run of the compliance audit job, a restart, or a dry run.
 */
@Component
public class RunCommand {

    private final RunLauncher runs;

    private final SourceFileRepository sourceFiles;

    private final DryRun dryRun;

    private final QuickfreezeProperties properties;

    private final Delivery delivery;

    public RunCommand(RunLauncher runs, SourceFileRepository sourceFiles, DryRun dryRun,
            QuickfreezeProperties properties, Delivery delivery) {
        this.runs = runs;
        this.sourceFiles = sourceFiles;
        this.dryRun = dryRun;
        this.properties = properties;
        this.delivery = delivery;
    }

    public int run(RunOptions options, PrintStream out, PrintStream err) {
        if (options.dryRun()) {
            return dryRun.check(options, out, err);
        }
        JobExecution execution;
        try {
            if (options.restart()) {
                execution = runs.restartLast();
            }
            else {
                if (options.deliver() && !delivery.configuredFor(RunMode.COMPLIANCE)) {
                    err.println("quickfreeze: run --deliver has no mail to send: set quickfreeze.delivery.from, "
                            + "spring.mail.host and quickfreeze.delivery.monthly.to");
                    return ExitCodes.USAGE;
                }
                requireWritable(options.out());
                String party = options.party() != null ? options.party() : properties.party();
                RunRequest request = options.inbox()
                        ? RunRequest.ofInbox(properties.inbox(), options.asOf(), options.period(), party, options.out(),
                                RunMode.COMPLIANCE, options.force(), options.deliver())
                        : new RunRequest(options.inputs(), options.asOf(), options.period(), party, options.out(),
                                RunMode.COMPLIANCE, options.force(), null, options.deliver());
                execution = runs.start(request);
            }
        }
        catch (RunLauncher.Refused ex) {
            err.println("quickfreeze: " + ex.getMessage());
            return ExitCodes.USAGE;
        }
        catch (NotWritable ex) {
            err.println("quickfreeze: " + ex.getMessage());
            return ExitCodes.USAGE;
        }
        return outcome(execution, options.restart() ? null : options.out(), err);
    }

    int outcome(JobExecution execution, Path out, PrintStream err) {
        Optional<NotDelivered> undelivered = Failures.undelivered(execution.getAllFailureExceptions());
        if (undelivered.isPresent()) {
            err.println("quickfreeze: " + VisibleText.of(undelivered.get().getMessage()));
            err.println("Once the mail server works, 'run --restart' sends what was not sent, and nothing twice.");
            return ExitCodes.UNDELIVERED;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String reason = Failures.sentence(execution.getAllFailureExceptions())
                .orElse("the run ended " + execution.getStatus());
            err.println("quickfreeze: run " + execution.getId() + " failed: " + VisibleText.of(reason));
            err.println("Once the cause is fixed, 'run --restart' goes on from where it stopped.");
            return ExitCodes.FAILED;
        }
        long unusable = sourceFiles.ofRun(execution.getJobInstanceId())
            .stream()
            .filter(f -> f.status() == SourceFile.Status.UNUSABLE)
            .count();
        if (unusable > 0) {
            err.println("quickfreeze: " + unusable + " input file(s) could not be used" + (out == null ? ""
                    : "; the reasons are in " + out.resolve("failed") + " (or the inbox's failed/)"));
            return ExitCodes.UNUSABLE_INPUT;
        }
        return ExitCodes.DONE;
    }

    static void requireWritable(Path folder) throws NotWritable {
        try {
            Files.createDirectories(folder);
        }
        catch (IOException ex) {
            throw new NotWritable("the output folder " + folder + " cannot be created: " + ex.getMessage());
        }
        if (!Files.isWritable(folder)) {
            throw new NotWritable("the output folder " + folder + " is not writable");
        }
    }

    static class NotWritable extends Exception {

        NotWritable(String message) {
            super(message, null, false, false);
        }

    }

}
