package com.marketplace.sellerperformance.web;

import io.smallrye.config.ConfigMapping;

/** How the console signs people in (CONSOLE_SIGN_IN_*); the default follows whether OIDC is on. */
@ConfigMapping(prefix = "console-sign-in")
public interface ConsoleConfig {

    /** At the identity provider (authorization code with PKCE) rather than with a user and password. */
    boolean atProvider();
}
