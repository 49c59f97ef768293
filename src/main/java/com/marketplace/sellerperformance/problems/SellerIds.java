package com.marketplace.sellerperformance.problems;

/** What a seller id may look like, wherever one is accepted. */
public final class SellerIds {
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";
    public static final String MESSAGE = "must be 1 to 64 letters, digits, '.', '_', ':' or '-', starting with a letter or digit";

    private SellerIds() {
    }
}
