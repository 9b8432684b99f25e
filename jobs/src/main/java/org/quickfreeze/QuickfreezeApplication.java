package org.quickfreeze;

import org.quickfreeze.cli.QuickfreezeCli;
import org.quickfreeze.run.QuickfreezeProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@EnableConfigurationProperties(QuickfreezeProperties.class)
public class QuickfreezeApplication {

    public static void main(String[] args) {
        System.exit(new QuickfreezeCli(QuickfreezeApplication.class, System.out, System.err).run(args));
    }

}
