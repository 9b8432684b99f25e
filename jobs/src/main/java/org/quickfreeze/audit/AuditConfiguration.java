package org.quickfreeze.audit;

import org.quickfreeze.run.QuickfreezeProperties;
import org.quickfreeze.run.RunParameters;
import org.quickfreeze.run.StepProgress;
import org.quickfreeze.store.CaseRequestRepository;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/** The step that audits the store as of D and keeps the findings and figures. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    Step auditStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            StepProgress stepProgress, AuditTasklet auditTasklet) {
        return new StepBuilder("audit", jobRepository).tasklet(auditTasklet, transactionManager)
            .listener(stepProgress)
            .build();
    }

    @Bean
    @StepScope
    AuditTasklet auditTasklet(CaseRequestRepository caseRequests, FindingRepository findings,
            RequestFiguresRepository requestFigures, QuickfreezeProperties settings, RunParameters run) {
        return new AuditTasklet(caseRequests, findings, requestFigures, AuditScope.of(run, settings));
    }

}
