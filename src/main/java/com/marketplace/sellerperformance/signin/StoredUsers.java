package com.marketplace.sellerperformance.signin;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The users of the configuration and the check of their passwords. A hash that is not bcrypt, or cheaper
 * than the minimum cost, stops the service at start, naming the user.
 */
@ApplicationScoped
@Startup
public class StoredUsers {
    public record User(String name, List<String> roles) {
    }

    private record Stored(User user, String hash) {
    }

    private record Verified(String hash, byte[] digest, Instant until) {
    }

    private final Map<String, Stored> users = new TreeMap<>();
    /**
     * Checked for unknown names too, so that the answer's timing does not tell which names exist. Made at
     * the first unknown name rather than at start: a bcrypt hash is a fifth of a second of a cold start.
     */
    private volatile String decoy;
    private final SignInConfig config;
    private final Clock clock;
    private final byte[] digestKey = new byte[32];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    public StoredUsers(UsersConfig users, SignInConfig config) {
        this(users, config, Clock.systemUTC());
    }

    StoredUsers(UsersConfig users, SignInConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        StringBuilder faults = new StringBuilder();
        users.users().forEach((name, user) -> {
            try {
                int cost = PasswordHashes.cost(user.passwordHash());
                if (cost < config.minimumCost()) {
                    throw new IllegalArgumentException("has cost " + cost + ", below the minimum "
                            + config.minimumCost() + " (sign-in.minimum-cost)");
                }
                this.users.put(name, new Stored(new User(name, List.copyOf(user.roles())), user.passwordHash()));
            } catch (IllegalArgumentException e) {
                faults.append("\n  users.").append(name).append(".password-hash ").append(e.getMessage());
            }
        });
        if (!faults.isEmpty()) {
            throw new IllegalStateException("Users whose password hash cannot be used:" + faults);
        }
        new SecureRandom().nextBytes(digestKey);
    }

    /** The user whose name and password these are, if they are. Blocking: checking a hash takes a while. */
    public Optional<User> check(String name, String password) {
        Stored stored = users.get(name);
        byte[] digest = digest(name, password);
        Instant now = clock.instant();
        if (stored != null) {
            Verified earlier = verified.get(name);
            if (earlier != null && earlier.hash().equals(stored.hash()) && now.isBefore(earlier.until())
                    && MessageDigest.isEqual(earlier.digest(), digest)) {
                return Optional.of(stored.user());
            }
        }
        boolean matches = PasswordHashes.matches(password, stored == null ? decoy() : stored.hash());
        if (stored == null || !matches) {
            return Optional.empty();
        }
        verified.put(name, new Verified(stored.hash(), digest, now.plus(config.verifiedFor())));
        return Optional.of(stored.user());
    }

    private String decoy() {
        String made = decoy;
        if (made == null) {
            synchronized (this) {
                if (decoy == null) {
                    byte[] secret = new byte[32];
                    new SecureRandom().nextBytes(secret);
                    decoy = PasswordHashes.hash(new String(secret, StandardCharsets.ISO_8859_1), config.minimumCost());
                }
                made = decoy;
            }
        }
        return made;
    }

    private byte[] digest(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(digestKey, "HmacSHA256"));
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
