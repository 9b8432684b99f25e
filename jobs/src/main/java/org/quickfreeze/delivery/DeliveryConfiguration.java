package org.quickfreeze.delivery;

import java.nio.file.Path;

import org.quickfreeze.output.ReportModelBuilder;
import org.quickfreeze.run.QuickfreezeProperties;
import org.quickfreeze.run.RunParameters;
import org.quickfreeze.run.TaskletSteps;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The delivery step, and the mail server it sends through when one is configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
class DeliveryConfiguration {

    @Bean
    Delivery delivery(ObjectProvider<JavaMailSenderImpl> mailSender, DeliveryProperties settings,
            DeliveryRepository records, QuickfreezeProperties properties, ReportModelBuilder models,
            @Value("${logging.file.name:logs/quickfreeze.log}") String logFile) {
        JavaMailSenderImpl sender = mailSender.getIfAvailable();
        return new Delivery(sender == null ? null : new MailServer(sender, settings), settings, records, properties,
                models, Path.of(logFile));
    }

    @Bean
    Step deliverStep(TaskletSteps steps, DeliverTasklet deliverTasklet) {
        return steps.step("deliver", deliverTasklet);
    }

    @Bean
    @StepScope
    DeliverTasklet deliverTasklet(Delivery delivery, RunParameters run) {
        return new DeliverTasklet(delivery, run);
    }

}
