package com.marketplace.sellerperformance.problems;

/** Something named in the request does not exist. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
