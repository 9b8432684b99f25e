package org.quickfreeze.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.auth.LoginFailedException;
import org.subethamail.smtp.server.SMTPServer;

/**
 * A mail relay as an organisation runs one: STARTTLS on the submission port, required,
 * then a login (SubEthaSMTP, with GreenMail's test certificate). It records each message
 * for each recipient it accepted, and refuses the recipients it is told to refuse, as a
 * relay refuses a mailbox that does not exist.
 */
public final class StartTlsRelay implements AutoCloseable {

    /** One message as the relay accepted it for one recipient. */
    public record Delivered(String recipient, String message) {
    }

    private final SMTPServer server;

    private final List<Delivered> delivered = Collections.synchronizedList(new ArrayList<>());

    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    public StartTlsRelay(String user, String password) {
        this(0, user, password);
    }

    /** A relay on a port chosen before it starts: a server that comes back up. */
    public StartTlsRelay(int port, String user, String password) {
        this.server = SMTPServer.port(port)
            .bindAddress(InetAddress.getLoopbackAddress())
            .enableTLS()
            .requireTLS()
            .requireAuth()
            .startTlsSocketFactory(sslContext())
            .authenticationHandlerFactory(new EasyAuthenticationHandlerFactory((u, p, context) -> {
                if (!u.equals(user) || !p.equals(password)) {
                    throw new LoginFailedException("535 5.7.8 authentication failed");
                }
            }))
            .messageHandlerFactory(this::handler)
            .build();
        server.start();
    }

    /** A port nothing listens on now: a mail server that is down. */
    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    public int port() {
        return server.getPortAllocated();
    }

    /** From now on, a RCPT TO this address is refused with 550. */
    public void refuse(String recipient) {
        refused.add(recipient);
    }

    public void accept(String recipient) {
        refused.remove(recipient);
    }

    public List<Delivered> delivered() {
        return List.copyOf(delivered);
    }

    public long deliveredTo(String recipient) {
        return delivered().stream().filter(d -> d.recipient().equals(recipient)).count();
    }

    private MessageHandler handler(MessageContext context) {
        List<String> recipients = new ArrayList<>();
        return new MessageHandler() {

            @Override
            public void from(String from) {
            }

            @Override
            public void recipient(String recipient) throws RejectException {
                if (refused.contains(recipient)) {
                    throw new RejectException(550, "5.1.1 <" + recipient + ">: mailbox unavailable");
                }
                recipients.add(recipient);
            }

            @Override
            public String data(InputStream data) throws IOException {
                ByteArrayOutputStream message = new ByteArrayOutputStream();
                data.transferTo(message);
                for (String recipient : recipients) {
                    delivered.add(new Delivered(recipient, message.toString(java.nio.charset.StandardCharsets.UTF_8)));
                }
                return null;
            }

            @Override
            public void done() {
            }
        };
    }

    private static SSLContext sslContext() {
        try (InputStream keys = StartTlsRelay.class.getResourceAsStream("/greenmail.p12")) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(keys, "changeit".toCharArray());
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, "changeit".toCharArray());
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(factory.getKeyManagers(), null, null);
            return context;
        }
        catch (IOException | GeneralSecurityException ex) {
            throw new IllegalStateException("GreenMail's test certificate cannot be read", ex);
        }
    }

    @Override
    public void close() {
        server.stop();
    }

}
