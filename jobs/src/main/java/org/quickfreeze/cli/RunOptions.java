package org.quickfreeze.cli;

import java.nio.file.Path;
import java.util.List;

import org.quickfreeze.audit.ReportingPeriod;

/** What {@code quickfreeze run} was asked to do, defaults resolved. */
public record RunOptions(List<Path> inputs, java.time.LocalDate asOf, ReportingPeriod period, String party,
        Path out) {
}
