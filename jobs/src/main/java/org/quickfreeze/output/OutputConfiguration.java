package org.quickfreeze.output;

import java.time.Clock;

import org.quickfreeze.audit.AuditScope;
import org.quickfreeze.audit.FindingRepository;
import org.quickfreeze.audit.RequestFiguresRepository;
import org.quickfreeze.ingest.RejectRepository;
import org.quickfreeze.ingest.SourceFileRepository;
import org.quickfreeze.report.pdf.CommitteeReport;
import org.quickfreeze.report.pdf.MonthlyReport;
import org.quickfreeze.report.pdf.PdfTemplates;
import org.quickfreeze.run.QuickfreezeProperties;
import org.quickfreeze.run.RunParameters;
import org.quickfreeze.run.TaskletSteps;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.Step;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The step that writes the outputs of a run, and where it prints. */
@Configuration(proxyBeanMethods = false)
class OutputConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Console console() {
        return Console.system();
    }

    @Bean
    PdfTemplates pdfTemplates() {
        return new PdfTemplates();
    }

    /**
     * The report model of a run, for the output step and for the mail that describes it.
     */
    @Bean
    ReportModelBuilder reportModelBuilder(FindingRepository findings, RequestFiguresRepository requestFigures,
            SourceFileRepository sourceFiles, RejectRepository rejects, Clock clock) {
        return new ReportModelBuilder(findings, requestFigures, sourceFiles, rejects, clock);
    }

    @Bean
    Step outputStep(TaskletSteps steps, OutputTasklet outputTasklet) {
        return steps.step("output", outputTasklet);
    }

    @Bean
    @StepScope
    OutputTasklet outputTasklet(ReportModelBuilder reportModelBuilder, RejectRepository rejects,
            QuickfreezeProperties settings, Console console, PdfTemplates pdfTemplates, RunParameters run) {
        ReportLanguages languages = ReportLanguages.of(settings);
        return new OutputTasklet(reportModelBuilder, rejects, new OutputFiles(run.out(), settings.internalOutputs()),
                new ConsoleSummary(console.out()),
                new CommitteeReport(pdfTemplates, settings.pdf(), languages.committee()),
                new MonthlyReport(pdfTemplates, settings.pdf(), languages.monthly()), languages,
                AuditScope.of(run, settings), run.mode());
    }

}
