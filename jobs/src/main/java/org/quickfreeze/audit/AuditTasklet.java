package org.quickfreeze.audit;

import org.quickfreeze.store.CaseRequestRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Audits the store as of D: every preservation gets its follow-up and state; the
 * findings, and the figures taken from every request on the way, are kept for the output
 * step, and those of the runs that have completed are let go.
 */
public class AuditTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(AuditTasklet.class);

    private final CaseRequestRepository caseRequests;

    private final FindingRepository findings;

    private final RequestFiguresRepository requestFigures;

    private final AuditScope run;

    public AuditTasklet(CaseRequestRepository caseRequests, FindingRepository findings,
            RequestFiguresRepository requestFigures, AuditScope run) {
        this.caseRequests = caseRequests;
        this.findings = findings;
        this.requestFigures = requestFigures;
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long jobInstanceId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstanceId();
        Audit audit = new Audit(run.limits(), run.asOf());
        RequestFigures.Collector figures = new RequestFigures.Collector(run);
        caseRequests.forEachRequestedBy(run.asOfDay(), r -> {
            audit.add(r);
            figures.add(r);
        });
        Audit.Result result = audit.result(caseRequests::find);
        findings.forgetCompletedRuns();
        requestFigures.forgetCompletedRuns();
        findings.replace(jobInstanceId, result.findings(), result.unresolvedLinks());
        requestFigures.replace(jobInstanceId, figures.figures(result.findings()));
        contribution.incrementWriteCount(result.findings().size());
        log.info("audit as of {}: {} preservations, {} MLA requests, {} unresolved links", run.asOfDay(),
                result.findings().size(), result.mlaRequests(), result.unresolvedLinks().size());
        return RepeatStatus.FINISHED;
    }

}
