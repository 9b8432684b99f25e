package org.quickfreeze.cli;

import java.io.PrintStream;
import java.util.stream.Collectors;

import org.quickfreeze.ingest.SourceFile;
import org.quickfreeze.ingest.SourceFiles;
import org.quickfreeze.job.JobParameterNames;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.stereotype.Component;

/** {@code quickfreeze run}: one run of the compliance audit job. */
@Component
public class RunCommand {

    private final JobOperator jobOperator;

    private final Job complianceAudit;

    private final SourceFiles sourceFiles;

    public RunCommand(JobOperator jobOperator, Job complianceAudit, SourceFiles sourceFiles) {
        this.jobOperator = jobOperator;
        this.complianceAudit = complianceAudit;
        this.sourceFiles = sourceFiles;
    }

    public int run(RunOptions options, PrintStream out, PrintStream err) {
        JobParameters parameters = new JobParametersBuilder()
            .addString(JobParameterNames.INPUTS,
                    options.inputs().stream().map(p -> p.toAbsolutePath().normalize().toString())
                        .collect(Collectors.joining("\n")))
            .addString(JobParameterNames.AS_OF, options.asOf().toString())
            .addString(JobParameterNames.PERIOD, options.period().label())
            .addString(JobParameterNames.PARTY, options.party() == null ? "" : options.party())
            .addString(JobParameterNames.OUT, options.out().toAbsolutePath().normalize().toString())
            .addLong(JobParameterNames.RUN_ID, System.currentTimeMillis())
            .toJobParameters();
        JobExecution execution;
        try {
            execution = jobOperator.start(complianceAudit, parameters);
        }
        catch (Exception ex) {
            err.println("quickfreeze: the run could not start: " + Failures.sentence(ex));
            return ExitCodes.FAILED;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String reason = execution.getAllFailureExceptions()
                .stream()
                .findFirst()
                .map(Failures::sentence)
                .orElse("the job ended " + execution.getStatus());
            err.println("quickfreeze: the run failed: " + reason);
            return ExitCodes.FAILED;
        }
        long unusable = sourceFiles.ofRun(execution.getJobInstanceId())
            .stream()
            .filter(f -> f.status() == SourceFile.Status.UNUSABLE)
            .count();
        if (unusable > 0) {
            err.println("quickfreeze: " + unusable + " input file(s) could not be used; see "
                    + options.out().resolve("failed"));
            return ExitCodes.UNUSABLE_INPUT;
        }
        return ExitCodes.DONE;
    }
}
