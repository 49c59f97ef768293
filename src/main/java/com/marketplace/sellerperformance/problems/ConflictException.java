package com.marketplace.sellerperformance.problems;

/** The request contradicts what is already recorded; nothing has been written. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
