package org.quickfreeze.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.quickfreeze.report.model.StateName;
import org.quickfreeze.report.text.MessageBundles;
import org.quickfreeze.report.text.Messages;
import org.quickfreeze.testsupport.Fixtures;
import org.quickfreeze.testsupport.Quickfreeze;

/**
 * The monthly mail of the sample registers, sent through a real SMTP server (GreenMail,
 * over TLS with a login) and read back as its recipients get it: every figure equal to
 * the run's own outputs, the attachment byte for byte the file written, and no case in it
 * unless asked for.
 */
class MonthlyMailTest {

    static final String USER = "quickfreeze@ministry.example";

    static final String PASSWORD = "s3cret-Pa55";

    @RegisterExtension
    static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTPS.dynamicPort())
        .withConfiguration(GreenMailConfiguration.aConfig().withUser(USER, USER, PASSWORD))
        .withPerMethodLifecycle(true);

    @TempDir
    Path home;

    /** The properties of a mail relay reached over TLS with a login. */
    static List<String> mailSettings(ServerSetup server, String... more) {
        List<String> settings = new ArrayList<>(List.of("--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + server.getPort(), "--spring.mail.protocol=" + server.getProtocol(),
                "--spring.mail.username=" + USER, "--spring.mail.password=" + PASSWORD,
                // GreenMail's certificate is its own: trusted here as an operator trusts
                // the
                // relay's
                "--spring.mail.properties.mail.smtps.ssl.trust=*", "--spring.mail.properties.mail.smtp.ssl.trust=*",
                "--spring.mail.properties.mail.smtps.ssl.checkserveridentity=false",
                "--spring.mail.properties.mail.smtp.ssl.checkserveridentity=false",
                "--quickfreeze.delivery.from=" + USER));
        settings.addAll(List.of(more));
        return settings;
    }

    private Quickfreeze.Outcome monthlyRun(Quickfreeze run, String... settings) {
        List<String> args = new ArrayList<>(
                List.of("run", "--input", Fixtures.samples().toString(), "--period", "2026-10", "--deliver"));
        args.addAll(mailSettings(mailServer.getSmtps().getServerSetup(), settings));
        return run.run(args.toArray(String[]::new));
    }

    @Test
    void headOfContactPointGetsTheMonthsStatesRatesAndActionsWithTheCommitteeReportAttached() throws Exception {
        Quickfreeze run = new Quickfreeze(home);
        var outcome = monthlyRun(run, "--quickfreeze.delivery.monthly.to=head@ministry.example,deputy@ministry.example",
                "--quickfreeze.delivery.monthly.cc=registry@ministry.example",
                "--quickfreeze.delivery.monthly.attach=committee");
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();

        MimeMessage[] received = mailServer.getReceivedMessages();
        assertThat(received).hasSize(3);
        MimeMessage mail = received[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
            .containsExactly("head@ministry.example", "deputy@ministry.example");
        assertThat(mail.getRecipients(Message.RecipientType.CC)).extracting(Object::toString)
            .containsExactly("registry@ministry.example");
        assertThat(mailServer.getReceivedMessagesForDomain("ministry.example")).hasSize(3);

        Map<String, Long> states = stateCounts(findings(run));
        assertThat(mail.getSubject()).isEqualTo("[Quickfreeze RO] 2026-10: " + states.get("OVERDUE") + " overdue, "
                + states.get("DUE_SOON") + " due soon");
        String body = text(mail);
        Messages english = MessageBundles.english();
        for (StateName s : StateName.ALL) {
            assertThat(body).containsPattern("\\n  " + java.util.regex.Pattern.quote(english.text(s.nameKey())) + " +"
                    + states.getOrDefault(s.code(), 0L) + " ");
        }
        assertThat(body).contains("Period 2026-10: 60-day deadlines met (of 18): 33.3 %",
                "Period 2026-10: 90-day deadlines met (of 22): 31.8 %",
                "- Overdue, Sent: 7. We asked for preservation: send the MLA request now, or withdraw the preservation.",
                "- Due soon, Received: 7. The counterpart asked us: remind it", "monthly-2026-10-31.pdf",
                "committee-2026-10.pdf (attached)", "compliance-2026-10-31.xlsx");

        byte[] attached = attachment(mail, "committee-2026-10.pdf");
        assertThat(attached).isEqualTo(Files.readAllBytes(run.out().resolve("committee-2026-10.pdf")));

        String whole = GreenMailUtil.getWholeMessage(mail) + body;
        List<String> cases = new ArrayList<>();
        findings(run).forEach(f -> cases.add(f.get("request_id")));
        // the case references and offences are in the workbook's Flags sheet
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                Files.newInputStream(run.out().resolve("compliance-2026-10-31.xlsx")))) {
            var flags = workbook.getSheet("Flags");
            for (var row : flags) {
                if (row.getRowNum() > 0) {
                    cases.add(row.getCell(12).getStringCellValue());
                    cases.add(row.getCell(13).getStringCellValue());
                }
            }
        }
        assertThat(cases).hasSizeGreaterThan(300);
        for (String value : cases) {
            if (value.length() > 4) {
                assertThat(whole).doesNotContain(value);
            }
        }
        assertThat(whole).doesNotContain(PASSWORD);
        assertThat(Files.readString(home.resolve("logs/quickfreeze.log"))).doesNotContain(PASSWORD)
            .contains("the monthly mail was accepted for head@ministry.example");
    }

    @Test
    void listRequestsPutsTheOverdueAndDueSoonIdsUnderTheirLinesInTheMonthlyReportsOrder() throws Exception {
        Quickfreeze run = new Quickfreeze(home);
        var outcome = monthlyRun(run, "--quickfreeze.delivery.monthly.to=head@ministry.example",
                "--quickfreeze.delivery.monthly.list-requests=true");
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        String body = text(mailServer.getReceivedMessages()[0]);
        assertThat(body).contains("- Overdue, Sent: 7.")
            .contains("    PN-2026-0239, 40021, 40013, PN-2026-0238, PR-2026-0079, PN-2026-0026, PN-2026-0237\n")
            .contains("For internal use: this mail names requests.");
    }

    @Test
    void theMailIsInTheLanguageOfTheMonthlyReport() throws Exception {
        Quickfreeze run = new Quickfreeze(home);
        var outcome = monthlyRun(run, "--quickfreeze.delivery.monthly.to=chef@ministere.example", "--language", "fr");
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        MimeMessage mail = mailServer.getReceivedMessages()[0];
        assertThat(mail.getSubject()).startsWith("[Quickfreeze RO] 2026-10 : ").contains(" en retard, ");
        assertThat(text(mail)).contains("Conservations par état au 2026-10-31",
                "Période 2026-10 : délais de 60 jours respectés (sur 18) : 33,3\u202F%", "- En retard, Envoyées : 7.");
    }

    @Test
    void anOutputLargerThanTheLimitIsNotAttachedAndTheMailSaysWhereItIs() throws Exception {
        Quickfreeze run = new Quickfreeze(home);
        var outcome = monthlyRun(run, "--quickfreeze.delivery.monthly.to=head@ministry.example",
                "--quickfreeze.delivery.monthly.attach=committee,eu-statistics",
                "--quickfreeze.delivery.max-attachment-mb=0");
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        MimeMessage mail = mailServer.getReceivedMessages()[0];
        assertThat(text(mail)).contains("Files written in " + run.out().toAbsolutePath() + ":",
                "- committee-2026-10.pdf (not attached: larger than 0 MB; it is in the folder above)");
        assertThat(mail.getContent()).isInstanceOf(String.class);
    }

    @Test
    void aRunWithoutDeliverSendsNothing() throws Exception {
        Quickfreeze run = new Quickfreeze(home);
        List<String> args = new ArrayList<>(
                List.of("run", "--input", Fixtures.samples().toString(), "--period", "2026-10"));
        args.addAll(mailSettings(mailServer.getSmtps().getServerSetup(),
                "--quickfreeze.delivery.monthly.to=head@ministry.example"));
        var outcome = run.run(args.toArray(String[]::new));
        assertThat(outcome.exitCode()).as(outcome.stderr()).isZero();
        assertThat(mailServer.getReceivedMessages()).isEmpty();
    }

    static List<CSVRecord> findings(Quickfreeze run) throws IOException {
        try (var reader = Files.newBufferedReader(run.out().resolve("findings-2026-10-31.csv"))) {
            return org.apache.commons.csv.CSVFormat.RFC4180.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(reader)
                .getRecords();
        }
    }

    static Map<String, Long> stateCounts(List<CSVRecord> findings) {
        Map<String, Long> counts = new HashMap<>();
        findings.forEach(f -> counts.merge(f.get("state"), 1L, Long::sum));
        return counts;
    }

    static String text(MimeMessage mail) throws Exception {
        Object content = mail.getContent();
        if (content instanceof String s) {
            return s.replace("\r\n", "\n");
        }
        Multipart parts = (Multipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType("text/plain")) {
                return ((String) part.getContent()).replace("\r\n", "\n");
            }
            if (part.getContent() instanceof Multipart inner) {
                for (int j = 0; j < inner.getCount(); j++) {
                    if (inner.getBodyPart(j).isMimeType("text/plain")) {
                        return ((String) inner.getBodyPart(j).getContent()).replace("\r\n", "\n");
                    }
                }
            }
        }
        throw new AssertionError("no text part");
    }

    static byte[] attachment(MimeMessage mail, String name) throws Exception {
        Multipart parts = (Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (name.equals(part.getFileName())) {
                try (InputStream in = part.getInputStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no attachment " + name);
    }

}
