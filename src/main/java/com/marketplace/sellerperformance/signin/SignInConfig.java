package com.marketplace.sellerperformance.signin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How sign-ins with a user name and password are checked and throttled (application.properties, "Security"). */
@ConfigMapping(prefix = "sign-in")
public interface SignInConfig {
    /** Failed sign-ins for one user, or from one client address, before further attempts are refused. */
    @WithDefault("10")
    int maxFailures();

    /** The window failures are counted in, and how long attempts are refused once they reach the maximum. */
    @WithDefault("5m")
    Duration failureWindow();

    /** The lowest bcrypt cost a stored hash may have. */
    @WithDefault("10")
    int minimumCost();

    /**
     * How long a checked password is remembered (as a keyed digest, never the password) so that each
     * request with HTTP Basic does not pay the bcrypt cost again.
     */
    @WithDefault("10m")
    Duration verifiedFor();
}
