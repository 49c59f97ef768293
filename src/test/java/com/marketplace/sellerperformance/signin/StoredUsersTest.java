package com.marketplace.sellerperformance.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Users are bcrypt hashes only: a plain-text or cheap hash stops the start, naming the user. */
class StoredUsersTest {
    private static final Settings SETTINGS = new Settings(10, Duration.ofMinutes(5), 10, Duration.ofMinutes(10));
    private static final String ALICE = PasswordHashes.hash("correct horse", 10);

    @Test
    void aPlainTextPasswordIsRefusedAtStart() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new StoredUsers(Settings.users(Map.of("alice", ALICE, "bob", "bob-password")), SETTINGS));
        assertTrue(refused.getMessage().contains("users.bob.password-hash is not a bcrypt hash"), refused.getMessage());
    }

    @Test
    void aDigestIsRefusedAtStart() {
        String md5 = "e99a18c428cb38d5f260853678922e03";
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new StoredUsers(Settings.users(Map.of("bob", md5)), SETTINGS));
        assertTrue(refused.getMessage().contains("users.bob.password-hash is not a bcrypt hash"), refused.getMessage());
    }

    @Test
    void aHashBelowTheMinimumCostIsRefusedAtStart() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> new StoredUsers(Settings.users(Map.of("bob", PasswordHashes.hash("pw", 4))), SETTINGS));
        assertTrue(refused.getMessage().contains("users.bob.password-hash has cost 4, below the minimum 10"),
                refused.getMessage());
    }

    @Test
    void theRightPasswordSignsInAndAWrongOneDoesNot() {
        StoredUsers users = new StoredUsers(Settings.users(Map.of("alice", ALICE)), SETTINGS);
        assertEquals(List.of("viewer"), users.check("alice", "correct horse").orElseThrow().roles());
        assertTrue(users.check("alice", "correct horse").isPresent(), "remembered");
        assertTrue(users.check("alice", "Correct horse").isEmpty());
        assertTrue(users.check("mallory", "correct horse").isEmpty());
    }

    @Test
    void hashesOfOtherBcryptLibrariesAreRead() {
        String b = "$2b$" + ALICE.substring(4);
        String y = "$2y$" + ALICE.substring(4);
        StoredUsers users = new StoredUsers(Settings.users(Map.of("b", b, "y", y)), SETTINGS);
        assertTrue(users.check("b", "correct horse").isPresent());
        assertTrue(users.check("y", "correct horse").isPresent());
    }
}
