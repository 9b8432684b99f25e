package org.quickfreeze.output;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.quickfreeze.audit.ActionLists;
import org.quickfreeze.audit.AsOf;
import org.quickfreeze.audit.AuditScope;
import org.quickfreeze.audit.BacklogTrend;
import org.quickfreeze.audit.FindingRepository;
import org.quickfreeze.audit.FollowUpStatistics;
import org.quickfreeze.audit.MonthAgo;
import org.quickfreeze.audit.PeriodStatistics;
import org.quickfreeze.audit.RequestFigures;
import org.quickfreeze.audit.RequestFiguresRepository;
import org.quickfreeze.audit.State;
import org.quickfreeze.audit.TimeToFollowUpCurves;
import org.quickfreeze.ingest.RejectRepository;
import org.quickfreeze.ingest.SourceFile;
import org.quickfreeze.ingest.SourceFileRepository;
import org.quickfreeze.run.QuickfreezeProperties;
import org.quickfreeze.run.RunParameters;
import org.quickfreeze.report.model.DataQuality;
import org.quickfreeze.report.model.EuStatistics;
import org.quickfreeze.report.model.FileQuality;
import org.quickfreeze.report.model.FindingRow;
import org.quickfreeze.report.model.ReportHeader;
import org.quickfreeze.report.model.ReportModel;

/**
 * Fills the report model of a run from what its audit step kept: findings and request
 * figures.
 */
public class ReportModelBuilder {

    private final FindingRepository findings;

    private final RequestFiguresRepository requestFigures;

    private final SourceFileRepository sourceFiles;

    private final RejectRepository rejectedRows;

    private final Clock clock;

    public ReportModelBuilder(FindingRepository findings, RequestFiguresRepository requestFigures,
            SourceFileRepository sourceFiles, RejectRepository rejectedRows, Clock clock) {
        this.findings = findings;
        this.requestFigures = requestFigures;
        this.sourceFiles = sourceFiles;
        this.rejectedRows = rejectedRows;
        this.clock = clock;
    }

    /**
     * The model of a run as its output step built it, from what the run's audit stored.
     */
    public ReportModel build(RunParameters run, QuickfreezeProperties settings) {
        return build(run.runId(), AuditScope.of(run, settings));
    }

    public ReportModel build(long jobInstanceId, AuditScope run) {
        AsOf asOf = run.asOf();
        List<FindingRow> rows = new ArrayList<>();
        findings.forEach(jobInstanceId, rows::add);

        Map<State, Long> byState = new EnumMap<>(State.class);
        for (State s : State.values()) {
            byState.put(s, 0L);
        }
        rows.forEach(f -> byState.merge(State.valueOf(f.state()), 1L, Long::sum));
        Map<String, Long> stateCounts = new LinkedHashMap<>();
        byState.forEach((s, n) -> stateCounts.put(s.name(), n));

        RequestFigures figures = requestFigures.of(jobInstanceId);

        LocalDate monthAgo = MonthAgo.of(asOf.day());
        ReportHeader header = new ReportHeader(asOf.day(), run.period().label(), run.period().fileLabel(),
                run.period().from(), run.period().to(), run.limits().followUpDays(), run.limits().maxPreservationDays(),
                run.limits().dueSoonDays(), run.limits().trendMonths(), figures.parties(), OffsetDateTime.now(clock),
                monthAgo);
        return new ReportModel(header, rows, stateCounts, new MonthAgo(run.limits()).stateCounts(rows, monthAgo),
                new FollowUpStatistics(run.limits()).compute(rows, asOf),
                new PeriodStatistics(run.limits()).compute(rows, run.period(), asOf),
                new TimeToFollowUpCurves().compute(rows),
                new ActionLists(run.limits()).compute(rows, run.period(), asOf), figures.durations(), figures.volumes(),
                new BacklogTrend(run.limits()).compute(rows, asOf), dataQuality(jobInstanceId),
                figures.europeanOrders() == null ? EuStatistics.NONE : figures.europeanOrders());
    }

    private DataQuality dataQuality(long jobInstanceId) {
        List<FileQuality> files = new ArrayList<>();
        for (SourceFile f : sourceFiles.ofRun(jobInstanceId)) {
            files.add(new FileQuality(f.name(), f.status().name(), f.reason(), f.rowsRead(), f.rowsLoaded(),
                    f.rowsRejected(), f.rowsEmpty(), f.sha256(), f.unknownColumns(), f.size(), f.loadedAt(),
                    f.mapping()));
        }
        return new DataQuality(files, rejectedRows.countByCode(jobInstanceId), findings.unresolvedLinks(jobInstanceId));
    }

}
