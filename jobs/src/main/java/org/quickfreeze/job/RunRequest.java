package org.quickfreeze.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.quickfreeze.audit.ReportingPeriod;

/** One run to start: its inputs, day, period and mode identify it. */
public record RunRequest(List<Path> inputs, LocalDate asOf, ReportingPeriod period, String party, Path out,
        RunMode mode, boolean force) {
}
