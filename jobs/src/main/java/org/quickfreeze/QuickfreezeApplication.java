package org.quickfreeze;

import org.quickfreeze.cli.QuickfreezeCli;
import org.quickfreeze.run.QuickfreezeProperties;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@SpringBootApplication
@EnableConfigurationProperties(QuickfreezeProperties.class)
public class QuickfreezeApplication {

    /**
     * H2's shared cache of values (on unless {@code -Dh2.objectCache=true} is given): the
     * store shares repeated values itself, and H2's lookups cost a million-row load a
     * fifth of its ingest and a tenth of its audit.
     */
    private static final String H2_OBJECT_CACHE = "h2.objectCache";

    public static void main(String[] args) {
        if (System.getProperty(H2_OBJECT_CACHE) == null) {
            System.setProperty(H2_OBJECT_CACHE, "false");
        }
        System.exit(new QuickfreezeCli(QuickfreezeApplication.class, System.out, System.err).run(args));
    }

}
