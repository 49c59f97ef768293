package com.marketplace.sellerperformance.testing;

import com.marketplace.sellerperformance.signin.PasswordHashes;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * The packaged service (target/quarkus-app, built by {@code package}) as a child process on a port
 * and a database schema of its own, with the fixed rule set and an {@code evaluator} user, for the
 * {@code *IT} tests that kill it and start it again.
 */
public final class PackagedService implements AutoCloseable {
    /** The tests' schema (overridable by _TEST_DB_SCHEMA), which an IT's own schemas are named after. */
    public static final String BASE_SCHEMA = System.getenv().getOrDefault("_TEST_DB_SCHEMA", "seller_performance_test");

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedService(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts the service and waits until it is ready. {@code fresh} cleans the schema first (a first
     * start); without it the service finds what an earlier process left (a restart).
     */
    public static PackagedService start(String schema, boolean fresh, Path log, Map<String, String> settings)
            throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/quarkus-app/quarkus-run.jar")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("DB_SCHEMA", schema);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("RULES_DIR", "src/test/resources/fixed-rules");
        env.put("USERS_EVALUATOR_PASSWORD_HASH", PasswordHashes.hash("evaluator", PasswordHashes.DEFAULT_COST));
        env.put("USERS_EVALUATOR_ROLES", "evaluator");
        if (fresh) {
            env.put("QUARKUS_FLYWAY_CLEAN_AT_START", "true");
            env.put("QUARKUS_FLYWAY_CLEAN_DISABLED", "false");
        }
        env.putAll(settings);
        PackagedService service = new PackagedService(builder.start(), port, log);
        service.awaitReady();
        return service;
    }

    /** A request to the service as the evaluator. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("evaluator:evaluator".getBytes(StandardCharsets.UTF_8)));
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<String> ready = client.send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("the service did not get ready:\n" + Files.readString(log));
    }

    /** SIGKILL: no shutdown hook, no transaction finished. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
