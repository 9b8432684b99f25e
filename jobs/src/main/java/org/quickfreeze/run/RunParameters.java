package org.quickfreeze.run;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;

/**
 * The parameters of the run a step belongs to, read once from the job's parameters (see
 * {@link JobParameterNames}) instead of by name in every bean.
 *
 * @param runId the job instance: a restart keeps it, so the files and rows a run stored
 * are found again
 * @param inputs the export files and folders, or the inbox
 * @param party the party of rows without one, when given on the command line
 * @param inbox the inbox whose files are moved once loaded; {@code null} for files named
 * by {@code --input}, which stay where they are
 * @param deliver whether the run sends its mail at its end
 */
public record RunParameters(long runId, List<Path> inputs, LocalDate asOf, ReportingPeriod period,
        @Nullable String party, Path out, RunMode mode, @Nullable Path inbox, boolean deliver) {

    public static RunParameters of(StepExecution step) {
        JobParameters parameters = step.getJobExecution().getJobParameters();
        String inputs = parameters.getString(JobParameterNames.INPUTS);
        return new RunParameters(step.getJobExecution().getJobInstanceId(),
                inputs == null || inputs.isEmpty() ? List.of()
                        : Arrays.stream(inputs.split("\n")).map(Path::of).toList(),
                LocalDate.parse(parameters.getString(JobParameterNames.AS_OF)),
                ReportingPeriod.parse(parameters.getString(JobParameterNames.PERIOD)),
                emptyAsNull(parameters.getString(JobParameterNames.PARTY)),
                Path.of(parameters.getString(JobParameterNames.OUT)),
                RunMode.valueOf(parameters.getString(JobParameterNames.MODE)),
                pathOrNull(parameters.getString(JobParameterNames.INBOX)),
                "true".equals(parameters.getString(JobParameterNames.DELIVER)));
    }

    private static @Nullable String emptyAsNull(@Nullable String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private static @Nullable Path pathOrNull(@Nullable String text) {
        return text == null || text.isEmpty() ? null : Path.of(text);
    }
}
