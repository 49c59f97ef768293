package com.marketplace.sellerperformance.problems;

/** What is wrong with one field of a request. */
public record FieldError(String field, String message) {
}
