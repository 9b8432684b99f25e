package org.quickfreeze.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.QuickfreezeApplication;
import org.quickfreeze.generate.ExportGenerator;
import org.quickfreeze.testsupport.PostgresServer;
import org.quickfreeze.testsupport.Quickfreeze;
import org.quickfreeze.testsupport.StartTlsRelay;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The scheduled runs tell their readers: the duty officer gets the week's due-soon mail
 * from the weekly check, and the operators an alert when a scheduled run fails because
 * its database is down. Through a relay with STARTTLS and a login.
 */
class ScheduledDeliveryTest {

    private static final String RARELY = "0 0 0 1 1 *";

    private static final String EVERY_SECOND = "* * * * * *";

    private static final String USER = "quickfreeze@ministry.example";

    private static final String PASSWORD = "s3cret-Pa55";

    @TempDir
    Path home;

    private ConfigurableApplicationContext schedule(StartTlsRelay relay, String monthly, String weekly,
            List<String> more) {
        List<String> args = new ArrayList<>(List.of("--" + ScheduledRuns.ENABLED + "=true",
                "--quickfreeze.schedule.monthly=" + monthly, "--quickfreeze.schedule.weekly=" + weekly,
                "--quickfreeze.inbox=" + home.resolve("inbox"), "--quickfreeze.out=" + home.resolve("out"),
                "--quickfreeze.party=RO", "--logging.file.name=" + home.resolve("logs/quickfreeze.log"),
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + relay.port(), "--spring.mail.username=" + USER,
                "--spring.mail.password=" + PASSWORD, "--spring.mail.properties.mail.smtp.ssl.trust=*",
                "--spring.mail.properties.mail.smtp.ssl.checkserveridentity=false",
                "--quickfreeze.delivery.from=" + USER, "--quickfreeze.delivery.failures.to=ops@ministry.example"));
        args.addAll(more);
        return new SpringApplicationBuilder(QuickfreezeApplication.class).bannerMode(Banner.Mode.OFF)
            .logStartupInfo(false)
            .run(args.toArray(String[]::new));
    }

    private static void await(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited " + limit).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    void dutyOfficerGetsTheWeeksDueSoonListOnceFromTheWeeklyCheck() throws Exception {
        new ExportGenerator(4, false).write(2_000, home.resolve("inbox"));
        try (StartTlsRelay relay = new StartTlsRelay(USER, PASSWORD);
                ConfigurableApplicationContext context = schedule(relay, RARELY, EVERY_SECOND,
                        List.of("--spring.datasource.url=" + new Quickfreeze(home).databaseUrl(),
                                "--quickfreeze.delivery.weekly.to=duty@ministry.example",
                                "--quickfreeze.delivery.weekly.list-requests=true"))) {
            await(Duration.ofSeconds(60), () -> relay.deliveredTo("duty@ministry.example") == 1);
            Thread.sleep(3_000);
            assertThat(relay.deliveredTo("duty@ministry.example")).as("the same week is not sent again").isEqualTo(1);

            String mail = relay.delivered().get(0).message().replace("\r\n", "\n");
            LocalDate asOf = LocalDate.now().minusDays(1);
            List<String> dueSoon = Files.readAllLines(home.resolve("out/due-soon-" + asOf + ".csv"));
            Matcher subject = Pattern
                .compile("Subject: \\[Quickfreeze RO\\] week of (\\S+): (\\d+) due soon, " + "(\\d+) overdue")
                .matcher(mail);
            assertThat(subject.find()).as(mail).isTrue();
            assertThat(LocalDate.parse(subject.group(1)).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
            assertThat(Long.parseLong(subject.group(2))).isEqualTo(dueSoon.size() - 1);
            assertThat(mail).contains("Preservations awaiting an MLA request as of " + asOf,
                    "due-soon-" + asOf + ".csv");
            // with list-requests, each due-soon id with its days left
            String firstId = dueSoon.get(1).split(",")[1];
            assertThat(mail).containsPattern(Pattern.quote(firstId) + ": \\d+ days left to day 60");
            assertThat(relay.deliveredTo("ops@ministry.example")).isZero();
        }
    }

    @Test
    void operatorsAreToldWhenAScheduledRunFailsBecauseItsDatabaseIsDown() throws Exception {
        try (StartTlsRelay relay = new StartTlsRelay(USER, PASSWORD); PostgresServer postgres = new PostgresServer()) {
            List<String> settings = new ArrayList<>(PostgresServer.springArguments(postgres.newDatabase()));
            settings.add("--spring.profiles.active=postgres");
            settings.add("--spring.datasource.hikari.connection-timeout=2000");
            try (ConfigurableApplicationContext context = schedule(relay, EVERY_SECOND, RARELY, settings)) {
                postgres.close();
                new ExportGenerator(4, false).write(500, home.resolve("inbox"));
                await(Duration.ofSeconds(60), () -> relay.deliveredTo("ops@ministry.example") >= 1);
            }
            String alert = relay.delivered().get(0).message().replace("\r\n", "\n");
            LocalDate asOf = java.time.YearMonth.now().minusMonths(1).atEndOfMonth();
            assertThat(alert).contains("Subject: [Quickfreeze RO] the monthly run as of " + asOf + " failed",
                    "The monthly run as of " + asOf + " failed: ", home.resolve("logs/quickfreeze.log").toString(),
                    "quickfreeze run --restart");
        }
    }

    @Test
    void aMailNotSentIsSentAtTheNextScheduledTimeWithoutWritingTheOutputsAgain() throws Exception {
        int port = StartTlsRelay.freePort();
        Quickfreeze run = new Quickfreeze(home);
        List<String> mail = List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
                "--spring.mail.username=" + USER, "--spring.mail.password=" + PASSWORD,
                "--spring.mail.properties.mail.smtp.ssl.trust=*",
                "--spring.mail.properties.mail.smtp.ssl.checkserveridentity=false",
                "--quickfreeze.delivery.from=" + USER, "--quickfreeze.delivery.monthly.to=head@ministry.example");
        List<String> args = new ArrayList<>(List.of("run", "--input",
                org.quickfreeze.testsupport.Fixtures.samples().toString(), "--period", "2026-10", "--deliver"));
        args.addAll(mail);
        var failed = run.run(args.toArray(String[]::new));
        assertThat(failed.exitCode()).as(failed.stderr()).isEqualTo(4);
        long written = Files.getLastModifiedTime(run.out().resolve("monthly-2026-10-31.pdf")).toMillis();

        try (StartTlsRelay relay = new StartTlsRelay(port, USER, PASSWORD)) {
            // the schedule is given the same relay, now up, and the same recipients
            List<String> settings = List.of("--quickfreeze.delivery.monthly.to=head@ministry.example",
                    "--spring.datasource.url=" + run.databaseUrl());
            try (ConfigurableApplicationContext context = schedule(relay, RARELY, EVERY_SECOND, settings)) {
                await(Duration.ofSeconds(60), () -> relay.deliveredTo("head@ministry.example") == 1);
                Thread.sleep(2_000);
            }
            assertThat(relay.deliveredTo("head@ministry.example")).as("once").isEqualTo(1);
            assertThat(relay.delivered().get(0).message()).contains("Subject: [Quickfreeze RO] 2026-10: 9 overdue");
        }
        assertThat(Files.getLastModifiedTime(run.out().resolve("monthly-2026-10-31.pdf")).toMillis())
            .isEqualTo(written);
        assertThat(run.run("history").stdout()).contains("COMPLETED").contains("delivered to 1 (");
    }

}
