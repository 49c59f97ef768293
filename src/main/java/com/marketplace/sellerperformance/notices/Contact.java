package com.marketplace.sellerperformance.notices;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where a seller or provider is told about its performance, and in which language; a contact set
 * without a language takes the program's.
 */
public record Contact(
        @NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters")
        @Email(regexp = ".+@.+\\..+", message = "must be an email address such as seller@example.com") String email,
        @Pattern(regexp = LOCALES, message = "must be pt-BR or en") String locale) {

    /** The languages notices are written in. */
    public static final String LOCALES = "pt-BR|en";
}
