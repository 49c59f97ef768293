package com.marketplace.sellerperformance.signin;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Sign-in settings and users for tests that build the classes without the service. */
record Settings(int maxFailures, Duration failureWindow, int minimumCost, Duration verifiedFor) implements SignInConfig {
    static Settings of(int maxFailures, Duration failureWindow) {
        return new Settings(maxFailures, failureWindow, 4, Duration.ofMinutes(10));
    }

    static UsersConfig users(Map<String, String> hashes) {
        return () -> hashes.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                entry -> (UsersConfig.User) new UsersConfig.User() {
                    @Override
                    public String passwordHash() {
                        return entry.getValue();
                    }

                    @Override
                    public List<String> roles() {
                        return List.of("viewer");
                    }
                }));
    }
}
