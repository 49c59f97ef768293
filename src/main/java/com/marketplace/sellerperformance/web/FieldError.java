package com.marketplace.sellerperformance.web;

/** What is wrong with one field of a request. */
public record FieldError(String field, String message) {
}
