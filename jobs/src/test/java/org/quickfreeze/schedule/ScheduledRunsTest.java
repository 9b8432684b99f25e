package org.quickfreeze.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.QuickfreezeApplication;
import org.quickfreeze.generate.ExportGenerator;
import org.quickfreeze.job.RunLauncher;
import org.quickfreeze.testsupport.Quickfreeze;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code quickfreeze schedule} with crons of every second, on a real inbox and a real
 * database.
 */
class ScheduledRunsTest {

    private static final String RARELY = "0 0 0 1 1 *";

    private static final String EVERY_SECOND = "* * * * * *";

    /** The month a scheduled compliance run describes: the one before today's. */
    private static final YearMonth PREVIOUS_MONTH = YearMonth.now().minusMonths(1);

    @TempDir
    Path home;

    private ConfigurableApplicationContext schedule(String monthly, String weekly) {
        return new SpringApplicationBuilder(QuickfreezeApplication.class).bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .run("--" + ScheduledRuns.ENABLED + "=true", "--quickfreeze.schedule.monthly=" + monthly,
                    "--quickfreeze.schedule.weekly=" + weekly, "--quickfreeze.inbox=" + home.resolve("inbox"),
                    "--quickfreeze.out=" + home.resolve("out"),
                    "--spring.datasource.url=" + new Quickfreeze(home).databaseUrl(),
                    "--logging.file.name=" + home.resolve("logs/quickfreeze.log"));
    }

    private static void await(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited " + limit).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static List<String> statuses(ConfigurableApplicationContext context, String mode) {
        return context.getBean(JdbcTemplate.class)
            .queryForList("SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_EXECUTION_PARAMS p "
                    + "ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID WHERE p.PARAMETER_NAME = 'mode' "
                    + "AND p.PARAMETER_VALUE = ?", String.class, mode);
    }

    @Test
    void monthlyRunFiresOnceAndIsNotStartedAgainWhileGoingOrOnceDone() throws Exception {
        new ExportGenerator(3, false).write(60_000, home.resolve("inbox"));
        Path committee = home.resolve("out/committee-" + PREVIOUS_MONTH + ".pdf");
        try (ConfigurableApplicationContext context = schedule(EVERY_SECOND, RARELY)) {
            ScheduledRuns runs = context.getBean(ScheduledRuns.class);
            await(Duration.ofSeconds(120), () -> Files.exists(committee) && runs.notStarted() >= 3);

            assertThat(statuses(context, "COMPLIANCE")).containsExactly("COMPLETED");
        }
        assertThat(home.resolve("out/compliance-" + PREVIOUS_MONTH.atEndOfMonth() + ".xlsx")).exists();
    }

    @Test
    void weeklyCheckWritesTheFindingsAndTheDueSoonListOnly() throws Exception {
        new ExportGenerator(4, false).write(2_000, home.resolve("inbox"));
        try (ConfigurableApplicationContext context = schedule(RARELY, EVERY_SECOND)) {
            await(Duration.ofSeconds(60), () -> !statuses(context, "WEEKLY").isEmpty()
                    && statuses(context, "WEEKLY").get(0).equals("COMPLETED"));
        }
        try (var files = Files.list(home.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString().replaceAll("\\d{4}-\\d{2}-\\d{2}", "D")))
                .containsExactlyInAnyOrder("findings-D.csv", "due-soon-D.csv");
        }
    }

    @Test
    void shutdownStopsTheRunningJobRestartablyAndTheRestartCompletesIt() throws Exception {
        new ExportGenerator(5, false).write(150_000, home.resolve("inbox"));
        try (ConfigurableApplicationContext context = schedule(EVERY_SECOND, RARELY)) {
            RunLauncher runs = context.getBean(RunLauncher.class);
            await(Duration.ofSeconds(60), () -> runs.running().isPresent());
            Thread.sleep(1_000);
        }
        var history = new Quickfreeze(home).run("history");
        assertThat(history.stdout()).contains("STOPPED").doesNotContain("STARTED");

        var restarted = new Quickfreeze(home).run("run", "--restart");

        assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
        assertThat(home.resolve("out/committee-" + PREVIOUS_MONTH + ".pdf")).exists();
    }

}
