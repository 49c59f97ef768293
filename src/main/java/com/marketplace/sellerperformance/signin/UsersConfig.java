package com.marketplace.sellerperformance.signin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;
import java.util.List;
import java.util.Map;

/**
 * The users who sign in with a password: {@code users.<name>.password-hash} (a bcrypt hash, see
 * {@code hash-password}) and {@code users.<name>.roles}; as environment variables
 * {@code USERS_<NAME>_PASSWORD_HASH} and {@code USERS_<NAME>_ROLES}.
 */
@ConfigMapping(prefix = "users")
public interface UsersConfig {
    @WithParentName
    Map<String, User> users();

    interface User {
        String passwordHash();

        List<String> roles();
    }
}
