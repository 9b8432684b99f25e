package org.quickfreeze.audit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.quickfreeze.report.model.DurationFigures;
import org.quickfreeze.report.model.EuStatistics;
import org.quickfreeze.report.model.Volumes;
import org.quickfreeze.store.CaseRequest;
import org.quickfreeze.store.Instrument;
import org.quickfreeze.store.RequestKey;

/**
 * What the reports need from every stored request rather than from the findings: the
 * parties, the durations, the T-CY volumes and the statistics of European orders.
 * Computed in the audit's scan of the store and kept with the findings, so that the
 * output step does not read the store again.
 */
public record RequestFigures(List<String> parties, List<DurationFigures> durations, Volumes volumes,
        EuStatistics europeanOrders) {

    /** Takes the requests one by one, as the audit's scan hands them over. */
    public static final class Collector {

        private final TreeSet<String> parties = new TreeSet<>();

        private final DurationStatistics durations;

        private final VolumeTable volumes;

        private final EuropeanOrders europeanOrders;

        public Collector(AuditScope run) {
            this.durations = new DurationStatistics(run.asOf());
            this.volumes = new VolumeTable(run.period(), run.asOf());
            this.europeanOrders = new EuropeanOrders(run.period(), run.asOf());
        }

        /** Takes a request requested on or before D. */
        public void add(CaseRequest r) {
            durations.add(r);
            volumes.add(r);
            europeanOrders.add(r);
            parties.add(r.party());
        }

        /**
         * @param findings the audit's, for the production requests that followed the
         * preservation orders
         */
        public RequestFigures figures(List<Finding> findings) {
            Map<RequestKey, LocalDate> productionRequests = new HashMap<>();
            for (Finding f : findings) {
                if (f.followUp() != null && f.preservation().request().instrument() == Instrument.EPOC_PR) {
                    productionRequests.put(f.preservation().key(), f.followUp().on());
                }
            }
            return new RequestFigures(List.copyOf(parties), durations.figures(), volumes.volumes(),
                    europeanOrders.statistics(productionRequests::get));
        }

    }
}
