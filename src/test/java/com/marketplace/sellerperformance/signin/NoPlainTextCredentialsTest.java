package com.marketplace.sellerperformance.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No plain-text password reaches production: users exist only in dev and test, the built-in plain-text
 * user list is configured nowhere, and every user the Kubernetes manifests and scripts declare is a
 * bcrypt hash of at least the production cost.
 */
class NoPlainTextCredentialsTest {
    private static final Pattern USER_HASH = Pattern.compile("[A-Z0-9_]*PASSWORD_HASH=['\"]?([^'\"\\s]+)");
    private static final Pattern SHELL_VARIABLE = Pattern.compile("\\$[A-Za-z{(].*");

    @Test
    void theServiceDeclaresUsersForDevAndTestOnly() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        for (String key : properties.stringPropertyNames()) {
            assertTrue(!key.startsWith("quarkus.security.users."), key + ": the plain-text user list");
            if (key.startsWith("users.") || key.contains(".users.")) {
                assertTrue(key.startsWith("%dev.users.") || key.startsWith("%test.users."), key + " outside dev and test");
            }
        }
        assertEquals("10", properties.getProperty("sign-in.minimum-cost"));
    }

    @Test
    void everyUserDeployedIsABcryptHashOfProductionCost() throws IOException {
        List<Path> files;
        try (Stream<Path> k8s = Files.walk(Path.of("k8s")); Stream<Path> bench = Files.walk(Path.of("src/bench"))) {
            files = Stream.concat(k8s, bench).filter(Files::isRegularFile).toList();
        }
        int users = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            assertTrue(!text.contains("QUARKUS_SECURITY_USERS_EMBEDDED"), file + " declares a plain-text user");
            Matcher matcher = USER_HASH.matcher(text);
            while (matcher.find()) {
                if (SHELL_VARIABLE.matcher(matcher.group(1)).matches()) {
                    continue;
                }
                users++;
                int cost;
                try {
                    cost = PasswordHashes.cost(matcher.group(1));
                } catch (IllegalArgumentException e) {
                    throw new AssertionError(file + ": " + matcher.group() + " " + e.getMessage(), e);
                }
                assertTrue(cost >= 10, file + ": " + matcher.group() + " has cost " + cost);
            }
        }
        assertTrue(users >= 7, "the dev overlay's four users, the smoke test's and the benchmarks' are found: " + users);
    }
}
