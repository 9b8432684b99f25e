package org.quickfreeze.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.quickfreeze.run.ReportingPeriod;

/**
 * What {@code quickfreeze run} was asked to do, defaults resolved.
 *
 * @param force run again a run that completed with the same parameters
 * @param restart restart the last run that failed or was killed, instead of a new one
 * @param dryRun read and validate the inputs and the configuration, store and write
 * nothing
 * @param inbox read the configured inbox and move its files once loaded
 * @param deliver send the monthly mail at the end of the run
 */
public record RunOptions(List<Path> inputs, LocalDate asOf, ReportingPeriod period, @Nullable String party, Path out,
        boolean force, boolean restart, boolean dryRun, boolean inbox, boolean deliver) {
}
