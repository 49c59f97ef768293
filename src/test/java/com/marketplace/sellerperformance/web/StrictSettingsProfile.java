package com.marketplace.sellerperformance.web;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The throttle at 3 failures in 10 seconds (long enough for a loaded machine to send the requests within
 * it), and HSTS switched on: settings the other tests must not meet.
 */
public class StrictSettingsProfile implements QuarkusTestProfile {
    static final int MAX_FAILURES = 3;
    static final int WINDOW_SECONDS = 10;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "sign-in.max-failures", Integer.toString(MAX_FAILURES),
                "sign-in.failure-window", WINDOW_SECONDS + "s",
                "http.strict-transport-security", "max-age=31536000; includeSubDomains");
    }
}
