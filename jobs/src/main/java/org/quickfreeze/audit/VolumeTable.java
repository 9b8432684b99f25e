package org.quickfreeze.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.quickfreeze.report.model.VolumeRow;
import org.quickfreeze.report.model.Volumes;
import org.quickfreeze.run.ReportingPeriod;
import org.quickfreeze.store.CaseRequest;
import org.quickfreeze.store.Direction;

/**
 * The T-CY volume table over the requests requested in the period (every status, every
 * type, European orders aside): one row per party, a {@code Total} row, and the same
 * figures per counterpart of each party. Fed one request at a time.
 */
public final class VolumeTable {

    public static final String TOTAL = "Total";

    private final ReportingPeriod period;

    private final AsOf asOf;

    private final Map<String, Tally> byParty = new TreeMap<>();

    private final Map<String, Map<String, Tally>> byPartyAndCounterpart = new TreeMap<>();

    public VolumeTable(ReportingPeriod period, AsOf asOf) {
        this.period = period;
        this.asOf = asOf;
    }

    /**
     * European orders are addressed to service providers, not to parties: the table
     * leaves them out.
     */
    public void add(CaseRequest r) {
        if (!period.contains(r.requestedOn()) || !asOf.hasHappened(r.requestedOn())
                || r.instrument().isEuropeanOrder()) {
            return;
        }
        byParty.computeIfAbsent(r.party(), p -> new Tally()).add(r);
        byPartyAndCounterpart.computeIfAbsent(r.party(), p -> new TreeMap<>())
            .computeIfAbsent(r.counterpart(), c -> new Tally())
            .add(r);
    }

    public Volumes volumes() {
        List<VolumeRow> parties = new ArrayList<>();
        Tally total = new Tally();
        byParty.forEach((party, tally) -> {
            parties.add(tally.row(party, null));
            total.addAll(tally);
        });
        List<VolumeRow> counterparts = new ArrayList<>();
        byPartyAndCounterpart.forEach((party, perCounterpart) -> perCounterpart
            .forEach((counterpart, tally) -> counterparts.add(tally.row(party, counterpart))));
        return new Volumes(parties, total.row(TOTAL, null), counterparts);
    }

    private static final class Tally {

        long sentTotal;

        long sentPreservation;

        long sentMla;

        long receivedTotal;

        long receivedPreservation;

        long receivedMla;

        final Map<String, Long> to = new HashMap<>();

        final Map<String, Long> from = new HashMap<>();

        void add(CaseRequest r) {
            boolean preservation = r.requestType().isPreservation();
            boolean mla = r.requestType().isMla();
            if (r.direction() == Direction.SENT) {
                sentTotal++;
                sentPreservation += preservation ? 1 : 0;
                sentMla += mla ? 1 : 0;
                to.merge(r.counterpart(), 1L, Long::sum);
            }
            else {
                receivedTotal++;
                receivedPreservation += preservation ? 1 : 0;
                receivedMla += mla ? 1 : 0;
                from.merge(r.counterpart(), 1L, Long::sum);
            }
        }

        void addAll(Tally other) {
            sentTotal += other.sentTotal;
            sentPreservation += other.sentPreservation;
            sentMla += other.sentMla;
            receivedTotal += other.receivedTotal;
            receivedPreservation += other.receivedPreservation;
            receivedMla += other.receivedMla;
            other.to.forEach((c, n) -> to.merge(c, n, Long::sum));
            other.from.forEach((c, n) -> from.merge(c, n, Long::sum));
        }

        VolumeRow row(String party, String counterpart) {
            return new VolumeRow(party, counterpart, sentTotal, sentPreservation, sentMla, mostRequestsFirst(to),
                    receivedTotal, receivedPreservation, receivedMla, mostRequestsFirst(from));
        }

        private static List<String> mostRequestsFirst(Map<String, Long> counts) {
            return counts.entrySet()
                .stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
        }

    }

}
