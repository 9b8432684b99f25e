package org.quickfreeze.audit;

import java.util.ArrayList;
import java.util.List;

import org.quickfreeze.store.CaseRequests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Audits the store as of D: every preservation gets its follow-up and state;
 * the findings are kept for the output step.
 */
public class AuditTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(AuditTasklet.class);

    private final CaseRequests caseRequests;

    private final Findings findings;

    private final AuditRun run;

    public AuditTasklet(CaseRequests caseRequests, Findings findings, AuditRun run) {
        this.caseRequests = caseRequests;
        this.findings = findings;
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long jobInstanceId = chunkContext.getStepContext().getStepExecution().getJobExecution().getJobInstanceId();
        AsOf asOf = run.asOf();
        List<Preservation> preservations = new ArrayList<>();
        List<CaseRequest> mlaRequests = new ArrayList<>();
        caseRequests.forEachRequestedBy(asOf.day(), r -> {
            if (r.requestType().isPreservation()) {
                preservations.add(Preservation.asOf(r, asOf));
            }
            else if (r.requestType().isMla()) {
                mlaRequests.add(r);
            }
        });
        Audit.Result result = new Audit(run.limits()).run(preservations, mlaRequests, asOf, caseRequests::find);
        findings.replace(jobInstanceId, result.findings(), result.unresolvedLinks());
        contribution.incrementWriteCount(result.findings().size());
        log.info("audit as of {}: {} preservations, {} MLA requests, {} unresolved links", asOf.day(),
                preservations.size(), mlaRequests.size(), result.unresolvedLinks().size());
        return RepeatStatus.FINISHED;
    }
}
