package com.marketplace.sellerperformance.problems;

import java.util.Comparator;
import java.util.List;

/** Submitted input that cannot be accepted; nothing has been written. */
public class BadInputException extends RuntimeException {
    private final transient List<FieldError> errors;

    public BadInputException(List<FieldError> errors) {
        super("The request has " + errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public BadInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /** One error with every fault given, each once, in field order. */
    public static BadInputException ofAll(List<FieldError> errors) {
        return new BadInputException(errors.stream().distinct().sorted(Comparator.comparing(FieldError::field)).toList());
    }

    public List<FieldError> errors() {
        return errors;
    }
}
