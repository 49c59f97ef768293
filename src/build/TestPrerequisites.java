import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run by {@code ./mvnw verify} before anything is compiled (pom.xml, execution
 * "check-test-prerequisites"): the suite needs a browser, its driver, PostgreSQL and RabbitMQ, and
 * without one of them it would fail only after many minutes. This names each missing one with the
 * command that brings it, and stops the build in seconds. {@code -DskipTests} skips it.
 *
 * <p>Arguments: the Chromium binary and the ChromeDriver binary the console's browser test uses.
 */
public class TestPrerequisites {

    private static final int CONNECT_MILLIS = 2_000;

    public static void main(String[] args) {
        String chromium = args.length > 0 ? args[0] : "/usr/bin/chromium";
        String chromedriver = args.length > 1 ? args[1] : "/usr/bin/chromedriver";
        List<String> missing = new ArrayList<>();

        if (!Files.isExecutable(Path.of(chromium))) {
            missing.add("Chromium (" + chromium + ") for the console's browser tests: apt-get install -y chromium");
        }
        if (!Files.isExecutable(Path.of(chromedriver))) {
            missing.add("ChromeDriver (" + chromedriver + ") for the console's browser tests: apt-get install -y chromium-driver");
        }

        InetSocketAddress database = databaseAddress();
        if (!answers(database)) {
            missing.add("PostgreSQL on " + show(database) + " (QUARKUS_DATASOURCE_JDBC_URL): apt-get install -y postgresql,"
                    + " then pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start");
        }
        InetSocketAddress broker = new InetSocketAddress(
                env("RABBITMQ_HOST", "127.0.0.1"), Integer.parseInt(env("RABBITMQ_PORT", "5672")));
        if (!answers(broker)) {
            missing.add("RabbitMQ on " + show(broker) + " (RABBITMQ_HOST, RABBITMQ_PORT): apt-get install -y rabbitmq-server,"
                    + " then rabbitmq-server -detached");
        }

        if (missing.isEmpty()) {
            System.out.println("Test prerequisites present: Chromium, ChromeDriver, PostgreSQL on " + show(database)
                    + ", RabbitMQ on " + show(broker));
            return;
        }
        System.err.println();
        System.err.println("The tests cannot run: " + missing.size() + " prerequisite(s) missing (README, \"Run it\"):");
        missing.forEach(line -> System.err.println("  - " + line));
        System.err.println("Install and start them (as root), then run ./mvnw verify again; -DskipTests builds without tests.");
        System.err.println();
        System.exit(1);
    }

    private static InetSocketAddress databaseAddress() {
        String url = env("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:5432/postgres");
        URI uri = URI.create(url.substring("jdbc:".length()));
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        return new InetSocketAddress(host, uri.getPort() < 0 ? 5432 : uri.getPort());
    }

    private static boolean answers(InetSocketAddress address) {
        if (address.isUnresolved()) {
            return false;
        }
        try (Socket socket = new Socket()) {
            socket.connect(address, CONNECT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String show(InetSocketAddress address) {
        return address.getHostString() + ":" + address.getPort();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
