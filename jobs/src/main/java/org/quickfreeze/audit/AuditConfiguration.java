package org.quickfreeze.audit;

import org.quickfreeze.run.QuickfreezeProperties;
import org.quickfreeze.run.RunParameters;
import org.quickfreeze.run.TaskletSteps;
import org.quickfreeze.store.CaseRequestRepository;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The step that audits the store as of D and keeps the findings and figures. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    Step auditStep(TaskletSteps steps, AuditTasklet auditTasklet) {
        return steps.step("audit", auditTasklet);
    }

    @Bean
    @StepScope
    AuditTasklet auditTasklet(CaseRequestRepository caseRequests, FindingRepository findings,
            RequestFiguresRepository requestFigures, QuickfreezeProperties settings, RunParameters run) {
        return new AuditTasklet(caseRequests, findings, requestFigures, AuditScope.of(run, settings));
    }

}
