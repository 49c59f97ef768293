package com.marketplace.sellerperformance.notices;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;
import java.util.Map;

/**
 * How notices are written and sent. The SMTP server, the sender and whether mail is only logged are
 * Quarkus Mailer's own settings (quarkus.mailer.host, port, from, mock).
 */
@ConfigMapping(prefix = "notices")
public interface NoticesConfig {

    /** Each program's language when its subject has set none (notices.default-locale."fba-onsite"). */
    Map<String, String> defaultLocale();

    Relay relay();

    interface Relay {
        /** How often the notices still to send are looked at: the longest a notice waits to go (NOTICES_RELAY_INTERVAL). */
        Duration interval();

        /** How many notices one pass sends at most. */
        int batchSize();

        /** How many times a notice is tried before it is left FAILED for good (NOTICES_RELAY_MAX_ATTEMPTS). */
        int maxAttempts();

        /** How long one mail may take to be taken by the server before the send counts as failed. */
        Duration sendTimeout();

        /** The longest wait between two passes after a failed send (the wait doubles from the interval). */
        Duration maxBackoff();
    }
}
