package org.quickfreeze.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Fixtures;
import org.quickfreeze.testsupport.Quickfreeze;

/**
 * A second process started on the embedded store while another holds it (here the
 * schedule, which keeps it open) is a run refused, told as such: another run is using the
 * store, and which file; not a URL to check.
 */
class StoreInUseTest {

    @TempDir
    Path home;

    @Test
    void runOnAStoreTheScheduleHoldsIsRefusedNamingTheStore() throws Exception {
        Quickfreeze quickfreeze = new Quickfreeze(home);
        Process schedule = quickfreeze.start("schedule", "--quickfreeze.party=RO",
                "--quickfreeze.inbox=" + home.resolve("inbox"));
        try {
            quickfreeze.awaitLog("scheduled: monthly run", Duration.ofSeconds(90));

            var second = quickfreeze.run("run", "--input", Fixtures.samples().toString(), "--period", "2026-10");

            assertThat(second.exitCode()).as(second.stderr()).isEqualTo(2);
            assertThat(second.stderr().lines()).hasSize(1)
                .first()
                .asString()
                .startsWith("quickfreeze: another Quickfreeze run (or the schedule) is using the store ")
                .contains(home.resolve("data").toString(), ".mv.db")
                .endsWith(" now: wait until it ends, or give this run a store of its own with spring.datasource.url")
                .doesNotContain("check spring.datasource.url");
        }
        finally {
            schedule.destroy();
            assertThat(schedule.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }

}
