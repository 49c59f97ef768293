package com.marketplace.sellerperformance.web;

/** An idempotency key sent again with another request. */
public class IdempotencyKeyReusedException extends RuntimeException {
    public IdempotencyKeyReusedException(String message) {
        super(message);
    }
}
