package com.marketplace.sellerperformance.web;

import com.marketplace.sellerperformance.problems.BadInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Query and path parameters read like body fields: a value that is not what the parameter says is a
 * 400 naming the parameter, never a 404 nor a silent default.
 */
public final class Params {
    /** The earliest and latest years a date may name, in the body and in parameters alike. */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private Params() {
    }

    /** {@code true} or {@code false}, exactly; absent is false. */
    public static boolean flag(String name, String raw) {
        if (raw == null || raw.equals("false")) {
            return false;
        }
        if (raw.equals("true")) {
            return true;
        }
        throw new BadInputException(name, "must be true or false");
    }

    /** A date written YYYY-MM-DD, between the years 2000 and 2100; absent is null. */
    public static LocalDate date(String name, String raw) {
        if (raw == null) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new BadInputException(name, "must be a date (YYYY-MM-DD)");
        }
        if (!saneYear(date)) {
            throw new BadInputException(name, yearMessage());
        }
        return date;
    }

    /** A whole number within [min, max]; absent is the default given. */
    public static int integer(String name, String raw, int whenAbsent, int min, int max) {
        if (raw == null) {
            return whenAbsent;
        }
        Integer value = integerOrNull(name, raw, min, max);
        return value;
    }

    /** A whole number within [min, max]; absent is null. */
    public static Integer integerOrNull(String name, String raw, int min, int max) {
        if (raw == null) {
            return null;
        }
        long value;
        try {
            value = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new BadInputException(name, "must be a whole number");
        }
        if (value < min) {
            throw new BadInputException(name, "must be greater than or equal to " + min);
        }
        if (value > max) {
            throw new BadInputException(name, "must be less than or equal to " + max);
        }
        return (int) value;
    }

    /** An id written as a UUID. */
    public static UUID uuid(String name, String raw) {
        if (raw == null || raw.length() != 36) {
            throw new BadInputException(name, "must be a UUID");
        }
        try {
            return UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(name, "must be a UUID");
        }
    }

    public static boolean saneYear(LocalDate date) {
        return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
    }

    public static String yearMessage() {
        return "must be a date between the years " + MIN_YEAR + " and " + MAX_YEAR;
    }
}
