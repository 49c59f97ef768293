package com.marketplace.sellerperformance.problems;

/** An idempotency key sent again with another request. */
public class IdempotencyKeyReusedException extends RuntimeException {
    public IdempotencyKeyReusedException(String message) {
        super(message);
    }
}
