package com.marketplace.sellerperformance.notices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A notice as the API lists it: what the subject was told, to which address, and how its mail fared. */
public record Notice(UUID noticeId, NoticeKind kind, LocalDate effectiveOn, String to, String locale, String subject,
                     Delivery delivery) {

    /** How the mail of a notice fared; acceptedAt is when the SMTP server took it. */
    public record Delivery(Status status, Instant acceptedAt, int attempts, String lastError) {
    }

    public enum Status {
        /** Waiting for the relay (the first send, or after a failed one). */
        PENDING,
        /** Taken by the SMTP server (or, with quarkus.mailer.mock, logged). */
        SENT,
        /** The last attempt failed; tried again until the relay's attempts are used up. */
        FAILED,
        /** The subject had no contact when the notice was written: no mail. */
        NO_CONTACT
    }
}
