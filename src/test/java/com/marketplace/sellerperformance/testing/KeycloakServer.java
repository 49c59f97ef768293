package com.marketplace.sellerperformance.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Keycloak the OIDC tests get their tokens from: the one at KEYCLOAK_URL (CI starts it before
 * the build), or else the one src/test/keycloak/keycloak.sh starts for this test run, with the
 * realms of that directory, stopped when the run's JVM ends. The script keeps it to one start.
 */
public final class KeycloakServer {
    /** The tag of the tests that need it; a test plan with one starts Keycloak early (KeycloakEarlyStart). */
    public static final String TAG = "keycloak";
    public static final String REALM = "seller-performance";
    /** A second realm: the same users and clients, another issuer. */
    public static final String OTHER_REALM = "elsewhere";

    private static final Path SCRIPT = Path.of("src/test/keycloak/keycloak.sh");
    private static final int NO_JDK = 3;
    private static boolean stopAtExit;

    private KeycloakServer() {
    }

    public static String url() {
        return givenFromOutside().orElse("http://localhost:" + System.getenv().getOrDefault("KEYCLOAK_PORT", "18180"));
    }

    public static String issuer(String realm) {
        return url() + "/realms/" + realm;
    }

    static Optional<String> givenFromOutside() {
        return Optional.ofNullable(System.getenv("KEYCLOAK_URL")).filter(url -> !url.isBlank())
                .map(url -> url.replaceAll("/+$", ""));
    }

    /**
     * Keycloak answering, started here if need be: empty when it is ready, or why it cannot run on
     * this machine (it needs a JDK 21 or later). Anything else that keeps it from starting throws.
     */
    static synchronized Optional<String> ready() {
        if (givenFromOutside().isPresent()) {
            return Optional.empty();
        }
        Run start = script("start", Duration.ofMinutes(15));
        if (start.exit() == NO_JDK) {
            return Optional.of(start.output().strip());
        }
        start.orThrow();
        script("wait", Duration.ofMinutes(10)).orThrow();
        return Optional.empty();
    }

    /** Starts it without waiting for it; a failure here shows again, with its reason, in {@link #ready()}. */
    static void startEarly() {
        if (givenFromOutside().isEmpty()) {
            script("start", Duration.ofMinutes(15));
        }
    }

    private record Run(int exit, String output, List<String> command) {
        void orThrow() {
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + exit + "):\n" + output);
            }
        }
    }

    private static Run script(String verb, Duration timeout) {
        List<String> command = List.of("bash", SCRIPT.toString(), verb);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not end within " + timeout);
            }
            if (verb.equals("start") && output.contains(" starting on ")) {
                stopAtTheEnd();
            }
            return new Run(process.exitValue(), output, command);
        } catch (IOException e) {
            throw new IllegalStateException(String.join(" ", command) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void stopAtTheEnd() {
        if (!stopAtExit) {
            stopAtExit = true;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> script("stop", Duration.ofMinutes(1)), "keycloak-stop"));
        }
    }
}
