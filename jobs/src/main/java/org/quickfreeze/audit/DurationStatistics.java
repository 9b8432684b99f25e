package org.quickfreeze.audit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.quickfreeze.report.model.DurationFigures;
import org.quickfreeze.report.model.Rate;
import org.quickfreeze.store.CaseRequest;
import org.quickfreeze.store.Direction;

/**
 * The other durations, by direction: preservation execution (received preservations), MLA
 * execution (with the share within 180 days) and acknowledgement (every request, with the
 * share within 1 day). Fed one request at a time so that it never holds the requests
 * themselves.
 */
public final class DurationStatistics {

    public static final String PRESERVATION_EXECUTION = "preservation execution";

    public static final String MLA_EXECUTION = "MLA execution";

    public static final String ACKNOWLEDGEMENT = "acknowledgement";

    static final int MLA_EXECUTION_SHARE_DAYS = 180;

    static final int ACKNOWLEDGEMENT_SHARE_DAYS = 1;

    private final DayList preservationExecution = new DayList();

    private final Map<Direction, DayList> mlaExecution = perDirection();

    private final Map<Direction, DayList> acknowledgement = perDirection();

    private final AsOf asOf;

    public DurationStatistics(AsOf asOf) {
        this.asOf = asOf;
    }

    /** Takes a request requested on or before D. */
    public void add(CaseRequest r) {
        if (asOf.hasHappened(r.executedOn())) {
            int days = Days.between(r.requestedOn(), r.executedOn());
            if (r.requestType().isPreservation() && r.direction() == Direction.RECEIVED) {
                preservationExecution.add(days);
            }
            if (r.requestType().isMla()) {
                mlaExecution.get(r.direction()).add(days);
            }
        }
        if (asOf.hasHappened(r.acknowledgedOn())) {
            acknowledgement.get(r.direction()).add(Days.between(r.requestedOn(), r.acknowledgedOn()));
        }
    }

    public List<DurationFigures> figures() {
        List<DurationFigures> rows = new ArrayList<>();
        rows.add(new DurationFigures(PRESERVATION_EXECUTION, Direction.RECEIVED.name(), preservationExecution.summary(),
                null, null));
        rows.addAll(byDirection(MLA_EXECUTION, mlaExecution, MLA_EXECUTION_SHARE_DAYS));
        rows.addAll(byDirection(ACKNOWLEDGEMENT, acknowledgement, ACKNOWLEDGEMENT_SHARE_DAYS));
        return rows;
    }

    private static List<DurationFigures> byDirection(String measure, Map<Direction, DayList> lists, int shareDays) {
        DayList all = new DayList();
        List<DurationFigures> rows = new ArrayList<>();
        for (Direction d : Direction.values()) {
            DayList list = lists.get(d);
            list.copyInto(all);
        }
        rows.add(figure(measure, "all", all, shareDays));
        for (Direction d : Direction.values()) {
            rows.add(figure(measure, d.name(), lists.get(d), shareDays));
        }
        return rows;
    }

    private static DurationFigures figure(String measure, String direction, DayList days, int shareDays) {
        Rate share = new Rate(days.countAtMost(shareDays), days.size());
        return new DurationFigures(measure, direction, days.summary(), shareDays, share);
    }

    private static Map<Direction, DayList> perDirection() {
        Map<Direction, DayList> map = new EnumMap<>(Direction.class);
        for (Direction d : Direction.values()) {
            map.put(d, new DayList());
        }
        return map;
    }

}
