package org.quickfreeze.audit;

import java.util.List;
import java.util.TreeSet;

import org.quickfreeze.report.model.DurationFigures;
import org.quickfreeze.report.model.Volumes;

/**
 * What the reports need from every stored request rather than from the
 * findings: the parties, the durations and the T-CY volumes. Computed in the
 * audit's scan of the store and kept with the findings, so that the output
 * step does not read the store again.
 */
public record RequestFigures(List<String> parties, List<DurationFigures> durations, Volumes volumes) {

    /** Takes the requests one by one, as the audit's scan hands them over. */
    public static final class Collector {

        private final TreeSet<String> parties = new TreeSet<>();

        private final DurationStatistics durations;

        private final VolumeTable volumes;

        public Collector(AuditRun run) {
            this.durations = new DurationStatistics(run.asOf());
            this.volumes = new VolumeTable(run.period(), run.asOf());
        }

        /** Takes a request requested on or before D. */
        public void add(CaseRequest r) {
            durations.add(r);
            volumes.add(r);
            parties.add(r.party());
        }

        public RequestFigures figures() {
            return new RequestFigures(List.copyOf(parties), durations.figures(), volumes.volumes());
        }
    }
}
