package org.quickfreeze.audit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.quickfreeze.report.model.EuOrderFigures;
import org.quickfreeze.report.model.EuRefusalFigures;
import org.quickfreeze.report.model.EuStatistics;
import org.quickfreeze.run.ReportingPeriod;
import org.quickfreeze.store.CaseRequest;
import org.quickfreeze.store.Direction;
import org.quickfreeze.store.Instrument;
import org.quickfreeze.store.RequestKey;
import org.quickfreeze.store.RequestStatus;

/**
 * The statistics of Reg. (EU) 2023/1543 Art. 28 over the orders this party's authorities
 * issued: {@code SENT} requests of instrument {@code EPOC} or {@code EPOC_PR} requested
 * in [P1, P2′]. Fed one request at a time in the audit's scan; an EPOC-PR's time to the
 * production request needs its follow-up, which the matching gives afterwards.
 */
public final class EuropeanOrders {

    public static final String ALL = "all";

    public static final String NOT_RECORDED = "not recorded";

    private static final List<String> DATA_TYPE_ORDER = List.of("IDENTIFICATION", "SUBSCRIBER", "TRAFFIC", "CONTENT",
            NOT_RECORDED);

    private static final List<String> EMERGENCY_ORDER = List.of("YES", "NO", NOT_RECORDED);

    private static final List<String> INSTRUMENT_ORDER = List.of(Instrument.EPOC.name(), Instrument.EPOC_PR.name());

    private final AsOf asOf;

    private final LocalDate from;

    private final LocalDate to;

    private final List<CaseRequest> orders = new ArrayList<>();

    public EuropeanOrders(ReportingPeriod period, AsOf asOf) {
        this.asOf = asOf;
        this.from = period.from();
        this.to = period.lastDayAsOf(asOf.day());
    }

    public void add(CaseRequest r) {
        if (r.instrument().isEuropeanOrder() && r.direction() == Direction.SENT && !r.requestedOn().isBefore(from)
                && !r.requestedOn().isAfter(to)) {
            orders.add(r);
        }
    }

    /**
     * @param followUpOn the follow-up found for a preservation, {@code null} when none
     */
    public EuStatistics statistics(Function<RequestKey, LocalDate> followUpOn) {
        Map<List<String>, Tally> tallies = new TreeMap<>(ROW_ORDER);
        Map<List<String>, long[]> refusals = new TreeMap<>(ROW_ORDER);
        for (Instrument instrument : List.of(Instrument.EPOC, Instrument.EPOC_PR)) {
            tallies.put(List.of(instrument.name(), ALL, ALL, ALL), new Tally());
        }
        for (CaseRequest r : orders) {
            String instrument = r.instrument().name();
            tallies.get(List.of(instrument, ALL, ALL, ALL)).add(r, followUpOn);
            String addressee = r.addressee() == null ? NOT_RECORDED : r.addressee();
            String emergency = r.emergency() == null ? NOT_RECORDED : r.emergency();
            Set<String> dataTypes = r.dataTypes().isEmpty() ? Set.of(NOT_RECORDED) : r.dataTypes();
            for (String dataType : dataTypes) {
                List<String> key = List.of(instrument, dataType, addressee, emergency);
                tallies.computeIfAbsent(key, k -> new Tally()).add(r, followUpOn);
                if (r.status() == RequestStatus.REFUSED) {
                    String ground = r.refusalGround() == null ? NOT_RECORDED : r.refusalGround();
                    List<String> refusal = List.of(instrument, dataType, addressee, emergency, ground);
                    refusals.computeIfAbsent(refusal, k -> new long[1])[0]++;
                }
            }
        }
        List<EuOrderFigures> rows = new ArrayList<>();
        tallies.forEach((key, tally) -> rows.add(tally.figures(key)));
        List<EuRefusalFigures> refused = new ArrayList<>();
        refusals.forEach((key, count) -> refused
            .add(new EuRefusalFigures(key.get(0), key.get(1), key.get(2), key.get(3), key.get(4), count[0])));
        return new EuStatistics(rows, refused);
    }

    /**
     * EPOC before EPOC_PR; the {@code all} row first; data types in the order of the
     * Regulation's categories; addressees and grounds alphabetically, case aside;
     * emergency YES, NO; {@code not recorded} last in each.
     */
    private static final Comparator<List<String>> ROW_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int c = compare(i, a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    private static int compare(int column, String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (a.equals(ALL) || b.equals(ALL)) {
            return a.equals(ALL) ? -1 : 1;
        }
        return switch (column) {
            case 0 -> Integer.compare(INSTRUMENT_ORDER.indexOf(a), INSTRUMENT_ORDER.indexOf(b));
            case 1 -> Integer.compare(DATA_TYPE_ORDER.indexOf(a), DATA_TYPE_ORDER.indexOf(b));
            case 3 -> Integer.compare(EMERGENCY_ORDER.indexOf(a), EMERGENCY_ORDER.indexOf(b));
            default -> alphabetically(a, b);
        };
    }

    private static int alphabetically(String a, String b) {
        if (a.equals(NOT_RECORDED) || b.equals(NOT_RECORDED)) {
            return a.equals(NOT_RECORDED) ? 1 : -1;
        }
        int c = a.toLowerCase(Locale.ROOT).compareTo(b.toLowerCase(Locale.ROOT));
        return c != 0 ? c : a.compareTo(b);
    }

    private final class Tally {

        long issued;

        long fulfilled;

        long notFulfilled;

        long notified;

        long toDataN;

        long toDataDays;

        long toProductionN;

        long toProductionDays;

        void add(CaseRequest r, Function<RequestKey, LocalDate> followUpOn) {
            issued++;
            LocalDate executed = asOf.known(r.executedOn());
            if (executed != null) {
                fulfilled++;
                if (r.instrument() == Instrument.EPOC) {
                    toDataN++;
                    toDataDays += Days.between(r.requestedOn(), executed);
                }
                else {
                    LocalDate production = followUpOn.apply(r.key());
                    if (production != null) {
                        toProductionN++;
                        toProductionDays += Math.max(0, Days.between(r.requestedOn(), production));
                    }
                }
            }
            if (r.status() == RequestStatus.REFUSED) {
                notFulfilled++;
            }
            if (asOf.hasHappened(r.notifiedOn())) {
                notified++;
            }
        }

        EuOrderFigures figures(List<String> key) {
            return new EuOrderFigures(key.get(0), key.get(1), key.get(2), key.get(3), issued, fulfilled, notFulfilled,
                    notified, toDataN, mean(toDataDays, toDataN), toProductionN, mean(toProductionDays, toProductionN));
        }

        private static BigDecimal mean(long days, long n) {
            return n == 0 ? null : BigDecimal.valueOf(days).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
        }

    }

}
