package org.quickfreeze.job;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.quickfreeze.run.ReportingPeriod;
import org.quickfreeze.run.RunMode;

/**
 * One run to start: its inputs, day, period and mode identify it. With an inbox, its
 * inputs are the inbox and its files are moved once loaded. One that delivers sends its
 * mail at its end.
 */
public record RunRequest(List<Path> inputs, LocalDate asOf, ReportingPeriod period, @Nullable String party, Path out,
        RunMode mode, boolean force, @Nullable Path inbox, boolean deliver) {

    public static RunRequest ofInbox(Path inbox, LocalDate asOf, ReportingPeriod period, String party, Path out,
            RunMode mode, boolean force, boolean deliver) {
        return new RunRequest(List.of(inbox), asOf, period, party, out, mode, force, inbox, deliver);
    }
}
