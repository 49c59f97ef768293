package com.marketplace.sellerperformance.records;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The id of a row derived from a key naming what it tells (a change, an assessment revision), in a
 * space of its own per table: the same thing recorded twice is one row, whichever instance records it.
 */
public final class DerivedId {
    private DerivedId() {
    }

    /** The id a key names in a space ("decision-event", "notice"). */
    public static UUID of(String space, String key) {
        return UUID.nameUUIDFromBytes((space + ":" + key).getBytes(StandardCharsets.UTF_8));
    }
}
