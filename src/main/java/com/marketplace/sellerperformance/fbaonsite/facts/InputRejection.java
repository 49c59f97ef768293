package com.marketplace.sellerperformance.fbaonsite.facts;

/** A rule's verdict that submitted facts cannot be assessed: the field at fault and why. */
public class InputRejection {
    private final String field;
    private final String message;

    public InputRejection(String field, String message) {
        this.field = field;
        this.message = message;
    }

    public String getField() { return field; }
    public String getMessage() { return message; }
}
