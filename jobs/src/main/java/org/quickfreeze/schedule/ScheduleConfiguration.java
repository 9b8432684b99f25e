package org.quickfreeze.schedule;

import java.time.Clock;

import org.quickfreeze.delivery.Delivery;
import org.quickfreeze.job.RunLauncher;
import org.quickfreeze.run.QuickfreezeProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling is on only for {@code quickfreeze schedule}, never for a single run. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(ScheduledRuns.ENABLED)
public class ScheduleConfiguration {

    @Bean
    public ScheduledRuns scheduledRuns(RunLauncher runs, QuickfreezeProperties properties, Clock clock,
            Delivery delivery) {
        return new ScheduledRuns(runs, properties, clock, delivery);
    }

}
