package org.quickfreeze.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.testsupport.Fixtures;
import org.quickfreeze.testsupport.Quickfreeze;
import org.quickfreeze.testsupport.StartTlsRelay;

/**
 * A mail server that fails loses nothing and sends nothing twice: a relay down, a
 * recipient refused, TLS not offered; the outputs stay as written, the run ends with exit
 * status 4 and one sentence, and {@code run --restart} sends what was not sent, to those
 * who did not get it. Against a real relay with STARTTLS and a login (SubEthaSMTP) and
 * GreenMail.
 */
class DeliveryFailuresTest {

    private static final String USER = MonthlyMailTest.USER;

    private static final String PASSWORD = MonthlyMailTest.PASSWORD;

    /** A relay on the same machine that offers no TLS at all. */
    @RegisterExtension
    static GreenMailExtension plainRelay = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
        .withPerMethodLifecycle(true);

    @TempDir
    Path home;

    private static List<String> relaySettings(int port, String... more) {
        List<String> settings = new ArrayList<>(
                List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port, "--spring.mail.username=" + USER,
                        "--spring.mail.password=" + PASSWORD, "--spring.mail.properties.mail.smtp.ssl.trust=*",
                        "--spring.mail.properties.mail.smtp.ssl.checkserveridentity=false",
                        "--quickfreeze.delivery.from=" + USER));
        settings.addAll(List.of(more));
        return settings;
    }

    private Quickfreeze.Outcome monthlyRun(Quickfreeze run, List<String> settings) {
        List<String> args = new ArrayList<>(
                List.of("run", "--input", Fixtures.samples().toString(), "--period", "2026-10", "--deliver"));
        args.addAll(settings);
        return run.run(args.toArray(String[]::new));
    }

    /**
     * The restart, with the settings of the run, as application.yml gives them to both.
     */
    private static Quickfreeze.Outcome restart(Quickfreeze run, List<String> settings) {
        List<String> args = new ArrayList<>(List.of("run", "--restart"));
        args.addAll(settings);
        return run.run(args.toArray(String[]::new));
    }

    /** Every output with its bytes' hash and modification time. */
    private static Map<String, String> outputs(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(out)) {
            for (Path f : list.filter(Files::isRegularFile).toList()) {
                files.put(f.getFileName().toString(), java.util.Arrays.hashCode(Files.readAllBytes(f)) + "@"
                        + Files.getLastModifiedTime(f).toMillis());
            }
        }
        return files;
    }

    @Test
    void aRefusedRecipientDoesNotStopTheOthersAndTheRestartSendsItToThatOneOnly() throws Exception {
        try (StartTlsRelay relay = new StartTlsRelay(USER, PASSWORD)) {
            relay.refuse("gone@ministry.example");
            Quickfreeze run = new Quickfreeze(home);
            List<String> settings = relaySettings(relay.port(),
                    "--quickfreeze.delivery.monthly.to=head@ministry.example,gone@ministry.example",
                    "--quickfreeze.delivery.monthly.cc=deputy@ministry.example");

            var failed = monthlyRun(run, settings);

            assertThat(failed.exitCode()).as(failed.stderr()).isEqualTo(4);
            assertThat(failed.stderr().lines().findFirst().orElseThrow()).isEqualTo("quickfreeze: the outputs are "
                    + "written in " + run.out().toAbsolutePath() + ", but the monthly mail was not sent to "
                    + "gone@ministry.example: the server refuses the recipient gone@ministry.example (550 5.1.1 "
                    + "<gone@ministry.example>: mailbox unavailable)");
            assertThat(relay.deliveredTo("head@ministry.example")).isEqualTo(1);
            assertThat(relay.deliveredTo("deputy@ministry.example")).isEqualTo(1);
            assertThat(relay.deliveredTo("gone@ministry.example")).isZero();
            Map<String, String> written = outputs(run.out());
            assertThat(written).containsKeys("monthly-2026-10-31.pdf", "compliance-2026-10-31.xlsx",
                    "committee-2026-10.pdf", "findings-2026-10-31.csv");
            assertThat(run.run("history").stdout())
                .contains("not delivered to 1 of 3: the server refuses the recipient " + "gone@ministry.example");

            relay.accept("gone@ministry.example");
            var restarted = restart(run, settings);

            assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
            assertThat(relay.deliveredTo("gone@ministry.example")).isEqualTo(1);
            assertThat(relay.deliveredTo("head@ministry.example")).as("no second copy").isEqualTo(1);
            assertThat(relay.deliveredTo("deputy@ministry.example")).as("no second copy").isEqualTo(1);
            assertThat(outputs(run.out())).as("the outputs are not written again").isEqualTo(written);
            assertThat(run.run("history").stdout()).containsPattern("delivered to 3 \\(\\d{4}-\\d{2}-\\d{2} ");
        }
    }

    @Test
    void aServerThatIsDownLosesNothingAndTheRestartDeliversOnceItIsUp() throws Exception {
        int port = StartTlsRelay.freePort();
        Quickfreeze run = new Quickfreeze(home);
        List<String> settings = relaySettings(port, "--quickfreeze.delivery.monthly.to=head@ministry.example",
                "--quickfreeze.delivery.monthly.attach=monthly,committee");

        var failed = monthlyRun(run, settings);

        assertThat(failed.exitCode()).as(failed.stderr()).isEqualTo(4);
        assertThat(failed.stderr())
            .contains("but the monthly mail was not sent to head@ministry.example: cannot " + "connect to 127.0.0.1:"
                    + port)
            .contains("'run --restart' sends what was not sent");
        Map<String, String> written = outputs(run.out());
        assertThat(written).hasSize(6);

        try (StartTlsRelay relay = new StartTlsRelay(port, USER, PASSWORD)) {
            var restarted = restart(run, settings);

            assertThat(restarted.exitCode()).as(restarted.stderr()).isZero();
            assertThat(relay.deliveredTo("head@ministry.example")).isEqualTo(1);
            assertThat(relay.delivered().get(0).message()).contains("monthly-2026-10-31.pdf (attached)");
            assertThat(outputs(run.out())).isEqualTo(written);

            var again = restart(run, settings);
            assertThat(again.exitCode()).isEqualTo(2);
            assertThat(relay.deliveredTo("head@ministry.example")).isEqualTo(1);
        }
    }

    @Test
    void aRestartWhoseSettingsNoLongerNameTheRecipientsDoesNotDropTheMail() throws Exception {
        Quickfreeze run = new Quickfreeze(home);
        var failed = monthlyRun(run,
                relaySettings(StartTlsRelay.freePort(), "--quickfreeze.delivery.monthly.to=head@ministry.example"));
        assertThat(failed.exitCode()).as(failed.stderr()).isEqualTo(4);

        var restarted = run.run("run", "--restart");

        assertThat(restarted.exitCode()).as(restarted.stderr()).isEqualTo(4);
        assertThat(restarted.stderr()).contains("the monthly mail was not sent: quickfreeze.delivery.from or "
                + "quickfreeze.delivery.monthly.to is not set now");
    }

    @Test
    void tlsRequiredAndNotOfferedSendsNothingAndSaysSo() throws Exception {
        Quickfreeze run = new Quickfreeze(home);
        int port = plainRelay.getSmtp().getPort();
        var failed = monthlyRun(run, List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + port,
                "--quickfreeze.delivery.from=" + USER, "--quickfreeze.delivery.monthly.to=head@ministry.example"));

        assertThat(failed.exitCode()).as(failed.stderr()).isEqualTo(4);
        assertThat(failed.stderr()).contains("the server 127.0.0.1:" + port
                + " does not offer TLS (STARTTLS), which quickfreeze.delivery.tls=required asks for: nothing was sent");
        assertThat(plainRelay.getReceivedMessages()).isEmpty();
    }

    @Test
    void aRelayOnTheSameMachineWithoutTlsIsUsedWhenTlsIsOptional() throws Exception {
        Quickfreeze run = new Quickfreeze(home);
        var sent = monthlyRun(run,
                List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + plainRelay.getSmtp().getPort(),
                        "--quickfreeze.delivery.from=" + USER, "--quickfreeze.delivery.tls=optional",
                        "--quickfreeze.delivery.monthly.to=head@ministry.example"));

        assertThat(sent.exitCode()).as(sent.stderr()).isZero();
        assertThat(plainRelay.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aDeliverySettingThatCannotWorkStopsTheStartNamingTheProperty() {
        Quickfreeze run = new Quickfreeze(home);
        for (List<String> setting : List.of(
                List.of("--spring.mail.host=127.0.0.1", "--quickfreeze.delivery.from=" + USER,
                        "--quickfreeze.delivery.monthly.to=head.ministry.example"),
                List.of("--spring.mail.host=127.0.0.1", "--quickfreeze.delivery.from=" + USER,
                        "--quickfreeze.delivery.monthly.to=head@ministry.example",
                        "--quickfreeze.delivery.monthly.attach=findings"),
                List.of("--quickfreeze.delivery.from=" + USER,
                        "--quickfreeze.delivery.monthly.to=head@ministry.example"))) {
            var refused = monthlyRun(run, setting);
            assertThat(refused.exitCode()).as(refused.stderr()).isEqualTo(2);
            assertThat(refused.stderr().lines().count()).as(refused.stderr()).isEqualTo(1);
        }
        var address = monthlyRun(run, List.of("--spring.mail.host=127.0.0.1", "--quickfreeze.delivery.from=" + USER,
                "--quickfreeze.delivery.monthly.to=head.ministry.example"));
        assertThat(address.stderr())
            .contains("quickfreeze.delivery.monthly.to 'head.ministry.example' is not a mail " + "address");
        var host = monthlyRun(run, List.of("--quickfreeze.delivery.from=" + USER,
                "--quickfreeze.delivery.monthly.to=head@ministry.example"));
        assertThat(host.stderr()).contains("quickfreeze.delivery.from is set but spring.mail.host is not");
        assertThat(run.out()).doesNotExist();
    }

    @Test
    void runDeliverWithNoMailConfiguredIsRefused() {
        Quickfreeze run = new Quickfreeze(home);
        var refused = monthlyRun(run, List.of());
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.stderr()).contains("run --deliver has no mail to send");
    }

}
