package com.marketplace.sellerperformance.problems;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a request body's declared constraints where the service wants every fault of the request
 * at once: the constraints' faults and those only the rules can see go out in one 400.
 */
@ApplicationScoped
public class InputCheck {
    private final Validator validator;

    public InputCheck(Validator validator) {
        this.validator = validator;
    }

    /** The body's faults against its declared constraints, by field, in field order. */
    public List<FieldError> violations(Object body) {
        return fieldErrors(validator.validate(body));
    }

    /** Throws one bad-input error with every fault given, or returns when there is none. */
    public static void refuseIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw BadInputException.ofAll(errors);
        }
    }

    public static List<FieldError> fieldErrors(Set<? extends ConstraintViolation<?>> violations) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : violations) {
            errors.add(new FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort((a, b) -> a.field().compareTo(b.field()));
        return errors;
    }

    /**
     * The request's own name for a field: "returns[0].family" rather than "assess.submission.returns[0].family";
     * a query or path parameter by its name; the body itself as "body".
     */
    private static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                if (node.getIndex() == null && node.getKey() != null) {
                    name.append('.').append(node.getKey()); // a value of a JSON object, by its key
                } else {
                    name.append('[').append(node.getIndex()).append(']');
                }
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (node.getIndex() != null && name.length() > 0 && node.getKind() == ElementKind.PROPERTY) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (name.length() > 0) {
                name.append('.');
            }
            name.append(node.getName());
        }
        if (name.length() > 0) {
            return name.toString();
        }
        return parameter == null || "submission".equals(parameter) || "request".equals(parameter) ? "body" : parameter;
    }

}
