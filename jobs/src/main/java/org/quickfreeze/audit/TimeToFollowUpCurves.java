package org.quickfreeze.audit;

import java.util.ArrayList;
import java.util.List;

import org.quickfreeze.report.model.CurvePoint;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.store.Direction;

/**
 * The curves F(t), t = 0 … 180, of the time to follow-up since records began, for all
 * preservations that are not {@code EXCLUDED}, those sent and those received.
 */
public final class TimeToFollowUpCurves {

    public static final int LAST_DAY = 180;

    public List<CurvePoint> compute(List<FindingRow> findings) {
        KaplanMeier all = new KaplanMeier();
        KaplanMeier sent = new KaplanMeier();
        KaplanMeier received = new KaplanMeier();
        for (FindingRow f : findings) {
            if (State.valueOf(f.state()) == State.EXCLUDED) {
                continue;
            }
            KaplanMeier direction = Direction.SENT.name().equals(f.direction()) ? sent : received;
            all.observe(f);
            direction.observe(f);
        }
        KaplanMeier.Estimate a = all.estimate();
        KaplanMeier.Estimate s = sent.estimate();
        KaplanMeier.Estimate r = received.estimate();
        List<CurvePoint> points = new ArrayList<>(LAST_DAY + 1);
        for (int day = 0; day <= LAST_DAY; day++) {
            points.add(new CurvePoint(day, a.percentBy(day), s.percentBy(day), r.percentBy(day)));
        }
        return points;
    }

}
