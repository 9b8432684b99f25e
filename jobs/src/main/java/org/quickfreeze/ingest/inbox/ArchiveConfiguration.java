package org.quickfreeze.ingest.inbox;

import java.time.Clock;

import org.quickfreeze.ingest.SourceFileRepository;
import org.quickfreeze.run.QuickfreezeProperties;
import org.quickfreeze.run.RunParameters;
import org.quickfreeze.run.TaskletSteps;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The step that clears the inbox once its files are in the store. */
@Configuration(proxyBeanMethods = false)
class ArchiveConfiguration {

    @Bean
    Step archiveStep(TaskletSteps steps, ArchiveTasklet archiveTasklet) {
        return steps.step("archive", archiveTasklet);
    }

    @Bean
    @StepScope
    ArchiveTasklet archiveTasklet(SourceFileRepository sourceFiles, Clock clock, RunParameters run,
            QuickfreezeProperties settings) {
        return new ArchiveTasklet(sourceFiles,
                run.inbox() == null ? null : new Inbox(run.inbox(), settings.internalOutputs()), clock, run.runId());
    }

}
