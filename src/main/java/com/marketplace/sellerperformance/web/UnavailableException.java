package com.marketplace.sellerperformance.web;

/** What was asked cannot be done by this build of the service (e.g. compiling rules in a native image). */
public class UnavailableException extends RuntimeException {
    public UnavailableException(String message) {
        super(message);
    }
}
