package org.quickfreeze.report.testsupport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.quickfreeze.report.model.ActionList;
import org.quickfreeze.report.model.ActionRow;
import org.quickfreeze.report.model.CurvePoint;
import org.quickfreeze.report.model.DataQuality;
import org.quickfreeze.report.model.DaySummary;
import org.quickfreeze.report.model.DurationFigures;
import org.quickfreeze.report.model.EuStatistics;
import org.quickfreeze.report.model.FileQuality;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.FollowUpFigures;
import org.quickfreeze.report.model.LapsedCount;
import org.quickfreeze.report.model.LinkQuality;
import org.quickfreeze.report.model.MonthlyActions;
import org.quickfreeze.report.model.PeriodFigures;
import org.quickfreeze.report.model.Rate;
import org.quickfreeze.report.model.ReportHeader;
import org.quickfreeze.report.model.ReportModel;
import org.quickfreeze.report.model.TimeToFollowUp;
import org.quickfreeze.report.model.TrendRow;
import org.quickfreeze.report.model.VolumeRow;
import org.quickfreeze.report.model.Volumes;

/** A small report model, written by hand, for the rendering tests. */
public final class ReportModels {

    public static final LocalDate D = LocalDate.parse("2026-10-31");

    private ReportModels() {
    }

    public static FindingRow lapsed(String requestId, String caseReference, String offence) {
        return new FindingRow("CP-POLICE", requestId, "RO", "RECEIVED", "FR", "PRESERVATION",
                LocalDate.parse("2026-07-01"), LocalDate.parse("2026-07-01"), null, null, null, null, null, 122, -62,
                "LAPSED", "critical", caseReference, offence, null, "BUDAPEST");
    }

    private static ActionRow action(FindingRow f, Integer daysLeft, LocalDate endedOn) {
        return new ActionRow(f, f.startOn().plusDays(60), f.startOn().plusDays(90), daysLeft, endedOn);
    }

    public static ReportModel small() {
        List<FindingRow> findings = new ArrayList<>();
        findings.add(lapsed("PN-2", "=HYPERLINK(\"http://x\",\"click\")", "Фишинг против клиентов банка"));
        FindingRow lapsedInPeriod = new FindingRow("CP-PROSECUTION", "PRO-2024-001567", "RO", "SENT", "DE",
                "PRESERVATION", LocalDate.parse("2026-07-20"), LocalDate.parse("2026-07-20"), null, null, null, null,
                null, 103, -43, "LAPSED", "critical", "DIICOT/2026/0815-ABC", "Acces ilegal la un sistem informatic",
                null, "BUDAPEST");
        findings.add(lapsedInPeriod);
        FindingRow overdue = new FindingRow("CP-POLICE", "PN-8", "RO", "RECEIVED", "US", "TRAFFIC_DISCLOSURE",
                LocalDate.parse("2026-08-20"), LocalDate.parse("2026-08-20"), null, null, null, null, null, 72, -12,
                "OVERDUE", "warning", "C-8", "ransomware", null, "BUDAPEST");
        findings.add(overdue);
        FindingRow dueSoon = new FindingRow("CP-POLICE", "PN-5", "RO", "SENT", "DE", "PRESERVATION",
                LocalDate.parse("2026-09-10"), LocalDate.parse("2026-09-10"), null, null, null, null, null, 51, 9,
                "DUE_SOON", "notice", "+C-5", "@offence", null, "BUDAPEST");
        findings.add(dueSoon);
        findings
            .add(new FindingRow("CP-POLICE", "PN-1", "RO", "SENT", "DE", "PRESERVATION", LocalDate.parse("2026-09-01"),
                    LocalDate.parse("2026-09-02"), "MOJ", "M-1", LocalDate.parse("2026-09-20"), "EXPLICIT", 18, null,
                    null, "ON_TIME", null, "C-1", "-", null, "BUDAPEST"));
        Map<String, Long> states = new LinkedHashMap<>();
        for (String s : List.of("LAPSED", "OVERDUE", "EXTENDED", "DUE_SOON", "PENDING", "AFTER_LIMIT", "LATE",
                "ON_TIME", "EXCLUDED")) {
            states.put(s, 0L);
        }
        Map<String, Long> monthAgo = new LinkedHashMap<>(states);
        states.put("LAPSED", 2L);
        states.put("OVERDUE", 1L);
        states.put("DUE_SOON", 1L);
        states.put("ON_TIME", 1L);
        monthAgo.put("LAPSED", 1L);
        monthAgo.put("OVERDUE", 2L);
        monthAgo.put("PENDING", 1L);
        DaySummary delay = new DaySummary(1, 18, new BigDecimal("18.0"), new BigDecimal("18.0"), new BigDecimal("18.0"),
                18);
        List<FollowUpFigures> followUp = List.of(
                new FollowUpFigures("all", "all", 5, 1, 3, 1, 4, new Rate(1, 4), 3, new Rate(1, 3), delay,
                        new TimeToFollowUp(new BigDecimal("20.0"), new BigDecimal("20.0"), new BigDecimal("20.0"), null,
                                null)),
                new FollowUpFigures("direction", "RECEIVED", 2, 0, 2, 0, 2, new Rate(0, 2), 1, new Rate(0, 1),
                        DaySummary.EMPTY,
                        new TimeToFollowUp(new BigDecimal("0.0"), new BigDecimal("0.0"), new BigDecimal("0.0"), null,
                                null)),
                new FollowUpFigures("start_month", "2026-09", 2, 1, 0, 1, 1, new Rate(1, 1), 0, new Rate(0, 0), delay,
                        null));
        List<PeriodFigures> period = List.of(
                new PeriodFigures("all", "all", 0, 0, 7, 3, new Rate(3, 7), 4, 1, new Rate(1, 4), DaySummary.EMPTY),
                new PeriodFigures("direction", "SENT", 0, 0, 6, 3, new Rate(3, 6), 3, 1, new Rate(1, 3),
                        DaySummary.EMPTY),
                new PeriodFigures("counterpart", "DE", 0, 0, 6, 3, new Rate(3, 6), 3, 1, new Rate(1, 3),
                        DaySummary.EMPTY),
                new PeriodFigures("counterpart", "US", 0, 0, 1, 0, new Rate(0, 1), 1, 0, new Rate(0, 1),
                        DaySummary.EMPTY));
        List<CurvePoint> curve = new ArrayList<>();
        for (int day = 0; day <= 180; day++) {
            curve.add(new CurvePoint(day, day > 122 ? null : new BigDecimal(day < 18 ? "0.0" : "20.0"),
                    day > 103 ? null : new BigDecimal(day < 18 ? "0.0" : "33.3"),
                    day > 122 ? null : new BigDecimal("0.0")));
        }
        MonthlyActions actions = new MonthlyActions(
                List.of(new ActionList("OVERDUE", List.of(), List.of(action(overdue, 18, null))),
                        new ActionList("DUE_SOON", List.of(action(dueSoon, 9, null)), List.of()),
                        new ActionList("EXTENDED", List.of(), List.of()), new ActionList("LAPSED",
                                List.of(action(lapsedInPeriod, null, LocalDate.parse("2026-10-18"))), List.of())),
                List.of(new LapsedCount(2026, "RECEIVED", 1)));
        List<DurationFigures> durations = List
            .of(new DurationFigures("MLA execution", "all", DaySummary.EMPTY, 180, new Rate(0, 0)));
        VolumeRow ro = new VolumeRow("RO", null, 4, 1, 2, List.of("DE", "FR"), 0, 0, 0, List.of());
        Volumes volumes = new Volumes(List.of(ro),
                new VolumeRow("Total", null, 4, 1, 2, List.of("DE", "FR"), 0, 0, 0, List.of()),
                List.of(new VolumeRow("RO", "DE", 3, 1, 1, List.of("DE"), 0, 0, 0, List.of())));
        List<TrendRow> trend = new ArrayList<>();
        for (int i = 11; i >= 0; i--) {
            trend.add(new TrendRow(YearMonth.from(D).minusMonths(i), i, 1, 2 + i % 3, i % 2, i == 1 ? 1 : 0));
        }
        DataQuality quality = new DataQuality(
                List.of(new FileQuality("cp-police.csv", "LOADED", null, 14, 11, 2, 1, "ab".repeat(32),
                        List.of("officer_notes"), 2048, LocalDate.parse("2026-11-01").atTime(6, 0), null)),
                Map.of("BAD_DATE", 1L, "DUPLICATE_ID", 1L),
                List.of(new LinkQuality("MOJ", "M-X", "CP-POLICE/PN-99", "names no request")));
        ReportHeader header = new ReportHeader(D, "2026-10", "2026-10", LocalDate.parse("2026-10-01"), D, 60, 90, 14,
                12, List.of("RO"), OffsetDateTime.of(2026, 11, 1, 6, 0, 0, 0, ZoneOffset.UTC),
                LocalDate.parse("2026-09-30"));
        return new ReportModel(header, findings, states, monthAgo, followUp, period, curve, actions, durations, volumes,
                trend, quality, EuStatistics.NONE);
    }

}
