package org.quickfreeze.delivery;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;

import javax.net.ssl.SSLException;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * The organisation's SMTP server, as Spring Boot's {@code spring.mail.*} configures it. A
 * mail goes to its recipients one by one over one connection, so that a recipient the
 * server refuses does not stop the others, and the record knows exactly who has it. TLS
 * is required unless {@code quickfreeze.delivery.tls=optional}: without it, nothing is
 * sent. The password goes to the server only: it is in no message this class makes.
 */
public class MailServer {

    /** What became of a mail for one recipient. */
    public record Outcome(InternetAddress recipient, boolean accepted, @Nullable String reason) {
    }

    private final JavaMailSenderImpl server;

    private final DeliveryProperties settings;

    public MailServer(JavaMailSenderImpl server, DeliveryProperties settings) {
        this.server = server;
        this.settings = settings;
    }

    /** host:port, as the sentences name the server. */
    public String name() {
        return server.getHost() + ":" + port();
    }

    private int port() {
        return server.getPort() > 0 ? server.getPort() : smtps() ? 465 : 25;
    }

    private boolean smtps() {
        return "smtps".equalsIgnoreCase(server.getProtocol());
    }

    /**
     * @param recorded told of each outcome as soon as it is known, so that the record of
     * an acceptance follows it as closely as it can
     */
    public List<Outcome> send(Mail mail, List<InternetAddress> to, List<InternetAddress> cc,
            List<InternetAddress> recipients, Consumer<Outcome> recorded) {
        Session session = Session.getInstance(sessionProperties());
        List<Outcome> outcomes = new ArrayList<>() {

            @Override
            public boolean add(Outcome outcome) {
                recorded.accept(outcome);
                return super.add(outcome);
            }

        };
        MimeMessage message;
        try {
            message = message(session, mail, to, cc);
        }
        catch (MessagingException ex) {
            throw new IllegalStateException("the mail '" + mail.subject() + "' cannot be made: " + ex.getMessage(), ex);
        }
        try (Transport transport = session.getTransport(smtps() ? "smtps" : "smtp")) {
            transport.connect(server.getHost(), port(), server.getUsername(), server.getPassword());
            for (int i = 0; i < recipients.size(); i++) {
                InternetAddress recipient = recipients.get(i);
                try {
                    transport.sendMessage(message, new Address[] { recipient });
                    outcomes.add(new Outcome(recipient, true, null));
                }
                catch (SendFailedException ex) {
                    outcomes.add(new Outcome(recipient, false,
                            "the server refuses the recipient " + recipient + " (" + serverWords(ex) + ")"));
                }
                catch (MessagingException ex) {
                    // the connection is lost: what is left is not sent, for this reason
                    for (InternetAddress left : recipients.subList(i, recipients.size())) {
                        outcomes.add(new Outcome(left, false, reason(ex)));
                    }
                    break;
                }
            }
        }
        catch (MessagingException ex) {
            String reason = reason(ex);
            for (InternetAddress recipient : recipients.subList(outcomes.size(), recipients.size())) {
                outcomes.add(new Outcome(recipient, false, reason));
            }
        }
        return outcomes;
    }

    private MimeMessage message(Session session, Mail mail, List<InternetAddress> to, List<InternetAddress> cc)
            throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        MimeMessageHelper helper = new MimeMessageHelper(message, !mail.attachments().isEmpty(), "UTF-8");
        helper.setFrom(DeliveryProperties.address("quickfreeze.delivery.from", settings.from()));
        helper.setTo(to.toArray(InternetAddress[]::new));
        if (!cc.isEmpty()) {
            helper.setCc(cc.toArray(InternetAddress[]::new));
        }
        helper.setSubject(mail.subject());
        helper.setText(mail.body(), false);
        for (Path file : mail.attachments()) {
            helper.addAttachment(file.getFileName().toString(), new FileSystemResource(file));
        }
        message.saveChanges();
        return message;
    }

    private Properties sessionProperties() {
        Properties properties = new Properties();
        properties.putAll(server.getJavaMailProperties());
        String prefix = smtps() ? "mail.smtps." : "mail.smtp.";
        properties.putIfAbsent(prefix + "connectiontimeout", "10000");
        properties.putIfAbsent(prefix + "timeout", "30000");
        properties.putIfAbsent(prefix + "writetimeout", "30000");
        properties.putIfAbsent(prefix + "auth", String.valueOf(server.getUsername() != null));
        if (!smtps()) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", String.valueOf(settings.tlsRequired()));
        }
        return properties;
    }

    /** Why the server could not be used, in the words of an operator. */
    String reason(MessagingException ex) {
        Throwable cause = ex;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause instanceof UnknownHostException) {
                return "cannot connect to " + name() + " (no such host)";
            }
            if (cause instanceof SocketTimeoutException) {
                return "cannot connect to " + name() + " (no answer)";
            }
            if (cause instanceof ConnectException) {
                return "cannot connect to " + name() + " ("
                        + String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT) + ")";
            }
        }
        if (ex instanceof AuthenticationFailedException) {
            return "the server " + name() + " refuses the login of " + server.getUsername();
        }
        String words = String.valueOf(ex.getMessage());
        if (words.contains("STARTTLS is required")) {
            return "the server " + name() + " does not offer TLS (STARTTLS), which quickfreeze.delivery.tls=required "
                    + "asks for: nothing was sent";
        }
        if (cause instanceof SSLException || cause instanceof CertificateException) {
            return "the TLS connection to " + name() + " failed: " + cause.getMessage();
        }
        if (cause instanceof IOException io) {
            return "the connection to " + name() + " failed: " + io.getMessage();
        }
        return "the server " + name() + " answers: " + words.strip();
    }

    private static String serverWords(SendFailedException ex) {
        Throwable cause = ex.getNextException() != null ? ex.getNextException() : ex;
        return String.valueOf(cause.getMessage()).strip();
    }

}
