package com.marketplace.sellerperformance.engine;

/** Rules cannot be compiled by this build of the service (a native image serves its packaged rules). */
public class CompilationUnavailableException extends RuntimeException {
    public CompilationUnavailableException(String message) {
        super(message);
    }
}
