package com.marketplace.sellerperformance.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An FBA Onsite submission body for tests: a clean week of 1000 units unless told otherwise. */
public final class Submission {
    private final Map<String, Object> body = new LinkedHashMap<>();
    private final List<Map<String, Object>> returns = new ArrayList<>();

    private Submission(String sellerId) {
        body.put("sellerId", sellerId);
        body.put("periodStart", "2026-11-08");
        body.put("periodEnd", "2026-11-14");
        body.put("unitsShipped", 1000);
        body.put("unitsLateProcessed", 0);
        body.put("unitsCancelled", 0);
        body.put("unitsLateHandover", 0);
    }

    public static Submission forNewSeller() {
        return new Submission(newSellerId());
    }

    public static String newSellerId() {
        return "S-" + UUID.randomUUID().toString().substring(0, 13);
    }

    public Submission period(String start, String end) {
        body.put("periodStart", start);
        body.put("periodEnd", end);
        return this;
    }

    /** The week (Sunday to Saturday) starting on the given Sunday, assessed the day after it by default. */
    public Submission week(String sunday) {
        LocalDate start = LocalDate.parse(sunday);
        return period(start.toString(), start.plusDays(6).toString());
    }

    /** A clean week: every metric met. */
    public Submission clean() {
        return with("unitsLateProcessed", 0).with("unitsCancelled", 0).with("unitsLateHandover", 0);
    }

    public Submission with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public Submission without(String field) {
        body.remove(field);
        return this;
    }

    public Submission returns(String family, long shipped, long returned) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("family", family);
        line.put("shipped", shipped);
        line.put("returned", returned);
        returns.add(line);
        body.put("returns", returns);
        return this;
    }

    public String sellerId() {
        return (String) body.get("sellerId");
    }

    public Map<String, Object> body() {
        return body;
    }
}
