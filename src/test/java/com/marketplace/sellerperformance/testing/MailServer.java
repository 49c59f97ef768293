package com.marketplace.sellerperformance.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) the test starts on a free port, with a {@link TcpProxy} in front of
 * it: the service mails through the proxy (Quarkus Mailer's own settings), an outage is the proxy
 * cutting. Both are given to the test's fields of their types; the test reads what was delivered.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {
    private GreenMail server;
    private TcpProxy proxy;

    @Override
    public Map<String, String> start() {
        try {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            proxy = new TcpProxy("127.0.0.1", port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(proxy.port()),
                "quarkus.mailer.from", "seller-performance@marketplace.example",
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(proxy, new TestInjector.MatchesType(TcpProxy.class));
        injector.injectIntoFields(server, new TestInjector.MatchesType(GreenMail.class));
    }

    @Override
    public void stop() {
        try {
            proxy.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server.stop();
        }
    }

    /** The messages delivered to an address, in the order they arrived. */
    public static List<MimeMessage> deliveredTo(GreenMail server, String address) {
        return Arrays.stream(server.getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    /** Waits (a minute at most) until at least {@code count} messages were delivered to the address; answers them all. */
    public static List<MimeMessage> awaitDelivered(GreenMail server, String address, int count) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        List<MimeMessage> delivered = deliveredTo(server, address);
        while (delivered.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(count + " messages were expected for " + address + ", "
                        + delivered.size() + " arrived");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            delivered = deliveredTo(server, address);
        }
        return delivered;
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text part of a message (the message itself when it is plain text). */
    public static String textOf(MimeMessage message) {
        try {
            return textOf((jakarta.mail.Part) message);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String textOf(jakarta.mail.Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            jakarta.mail.Multipart parts = (jakarta.mail.Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                String text = textOf(parts.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
