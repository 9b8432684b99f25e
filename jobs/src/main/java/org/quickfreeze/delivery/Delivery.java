package org.quickfreeze.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.mail.internet.InternetAddress;
import org.jspecify.annotations.Nullable;
import org.quickfreeze.output.ReportModelBuilder;
import org.quickfreeze.report.model.ReportModel;
import org.quickfreeze.report.text.MessageBundles;
import org.quickfreeze.report.text.Messages;
import org.quickfreeze.run.QuickfreezeProperties;
import org.quickfreeze.run.RunMode;
import org.quickfreeze.run.RunParameters;
import org.quickfreeze.run.SettingRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a run's mail to those of its recipients the server has not yet accepted it for,
 * records each outcome, and says in one sentence who did not get it and why; and tells
 * the operators of a scheduled run that failed.
 */
public class Delivery {

    private static final Logger log = LoggerFactory.getLogger(Delivery.class);

    private static final long MB = 1024 * 1024;

    private final @Nullable MailServer server;

    private final DeliveryProperties settings;

    private final DeliveryRepository records;

    private final QuickfreezeProperties properties;

    private final ReportModelBuilder models;

    private final Path logFile;

    public Delivery(@Nullable MailServer server, DeliveryProperties settings, DeliveryRepository records,
            QuickfreezeProperties properties, ReportModelBuilder models, Path logFile) {
        if (settings.enabled() && server == null) {
            throw new SettingRefused("quickfreeze.delivery.from is set but spring.mail.host is not: name the "
                    + "organisation's mail server, or leave quickfreeze.delivery.from empty to send no mail");
        }
        this.server = server;
        this.settings = settings;
        this.records = records;
        this.properties = properties;
        this.models = models;
        this.logFile = logFile;
    }

    /** Whether a run of this mode has a mail to send: delivery on and recipients set. */
    public boolean configuredFor(RunMode mode) {
        return settings.enabled()
                && !(mode == RunMode.WEEKLY ? settings.weeklyRecipients() : settings.monthlyRecipients()).isEmpty();
    }

    /**
     * @throws NotDelivered when a recipient did not get the mail: its outcome is
     * recorded, and a restart sends to those left
     */
    public void deliver(RunParameters run, List<Path> written) {
        if (!configuredFor(run.mode())) {
            // asked to deliver when it started (a restart since, with other settings):
            // the
            // mail is not dropped silently
            String recipients = run.mode() == RunMode.WEEKLY ? "weekly" : "monthly";
            throw new NotDelivered("the outputs are written in " + run.out() + ", but the " + recipients
                    + " mail was not sent: quickfreeze.delivery.from or quickfreeze.delivery." + recipients
                    + ".to is not set now");
        }
        boolean weekly = run.mode() == RunMode.WEEKLY;
        Mail.Kind kind = weekly ? Mail.Kind.WEEKLY : Mail.Kind.MONTHLY;
        Set<String> accepted = records.accepted(run.runId(), kind);
        List<InternetAddress> all = weekly ? settings.weeklyRecipients() : settings.monthlyRecipients();
        List<InternetAddress> left = all.stream()
            .filter(a -> !accepted.contains(DeliveryRepository.key(a.getAddress())))
            .toList();
        if (left.isEmpty()) {
            log.info("the {} mail was sent to every recipient before", kind.name().toLowerCase());
            return;
        }
        ReportModel model = models.build(run, properties);
        Messages texts = language(properties.reportLanguages().monthly());
        MonthlyMail.MailFiles files = files(run.out(), written, weekly ? List.of() : settings.monthly().attach());
        Mail mail = weekly ? WeeklyMail.of(model, texts, files, settings.weekly().listRequests())
                : MonthlyMail.of(model, texts, files, settings.monthly().listRequests());
        List<MailServer.Outcome> outcomes = server.send(mail,
                DeliveryProperties.parsed(weekly ? settings.weekly().to() : settings.monthly().to()),
                DeliveryProperties.parsed(weekly ? settings.weekly().cc() : settings.monthly().cc()), left,
                outcome -> records.record(run.runId(), kind, outcome));
        List<String> refused = new ArrayList<>();
        String reason = null;
        for (MailServer.Outcome outcome : outcomes) {
            if (outcome.accepted()) {
                log.info("the {} mail was accepted for {} by {}", kind.name().toLowerCase(), outcome.recipient(),
                        server.name());
            }
            else {
                refused.add(outcome.recipient().getAddress());
                reason = reason == null ? outcome.reason() : reason;
            }
        }
        if (!refused.isEmpty()) {
            throw new NotDelivered("the outputs are written in " + run.out() + ", but the " + kind.name().toLowerCase()
                    + " mail was not sent to " + String.join(", ", refused) + ": " + reason);
        }
    }

    /**
     * Tells the operators that a scheduled run failed. Never throws: an alert that cannot
     * be sent is written to the log, and never hides the run's own failure.
     */
    public void alert(RunMode mode, LocalDate asOf, String reason) {
        if (!settings.enabled() || settings.failureRecipients().isEmpty()) {
            return;
        }
        try {
            Mail mail = FailureMail.of(language(properties.language()),
                    properties.party() == null ? "" : properties.party(), mode, asOf, reason, logFile);
            List<InternetAddress> to = settings.failureRecipients();
            for (MailServer.Outcome outcome : server.send(mail, to, List.of(), to, outcome -> {
            })) {
                if (outcome.accepted()) {
                    log.info("the failure alert was accepted for {}", outcome.recipient());
                }
                else {
                    log.error("the failure alert was not sent to {}: {}", outcome.recipient(), outcome.reason());
                }
            }
        }
        catch (RuntimeException ex) {
            log.error("the failure alert could not be sent: {}", ex.getMessage(), ex);
        }
    }

    private Messages language(String tag) {
        return new MessageBundles(properties.messages()).load(tag).messages();
    }

    private MonthlyMail.MailFiles files(Path folder, List<Path> written, List<String> attach) {
        List<Path> attached = new ArrayList<>();
        List<Path> tooLarge = new ArrayList<>();
        boolean internal = false;
        for (Path file : written) {
            String output = output(file.getFileName().toString());
            if (output == null || attach.stream().noneMatch(a -> a.strip().equalsIgnoreCase(output))) {
                continue;
            }
            if (size(file) > settings.maxAttachmentMb() * MB) {
                tooLarge.add(file);
                continue;
            }
            attached.add(file);
            internal |= DeliveryProperties.INTERNAL.contains(output);
        }
        return new MonthlyMail.MailFiles(folder, written, attached, tooLarge, settings.maxAttachmentMb(), internal);
    }

    /** Which attachable output a file is, by its name. */
    private static @Nullable String output(String name) {
        if (name.startsWith("monthly-") && name.endsWith(".pdf")) {
            return "monthly";
        }
        if (name.startsWith("compliance-") && name.endsWith(".xlsx")) {
            return "workbook";
        }
        if (name.startsWith("committee-") && name.endsWith(".pdf")) {
            return "committee";
        }
        if (name.startsWith("eu-statistics-") && name.endsWith(".xlsx")) {
            return "eu-statistics";
        }
        return null;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        }
        catch (IOException ex) {
            return Long.MAX_VALUE;
        }
    }

}
