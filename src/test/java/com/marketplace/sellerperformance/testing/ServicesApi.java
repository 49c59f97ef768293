package com.marketplace.sellerperformance.testing;

import static com.marketplace.sellerperformance.testing.AsTester.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The Services endpoints as a client calls them. */
public final class ServicesApi {
    public static final String EVALUATIONS = "/api/v1/services/evaluations";

    private ServicesApi() {
    }

    /** 100 completed orders, none cancelled, all rated 5 stars, nothing wrong. */
    public static Map<String, Object> cleanMonth() {
        Map<String, Object> body = new HashMap<>();
        body.put("providerId", "P-" + UUID.randomUUID().toString().substring(0, 12));
        body.put("periodStart", "2026-10-01");
        body.put("periodEnd", "2026-10-31");
        body.put("ratings", Map.of("5", 100));
        body.put("completedOrders", 100);
        body.put("cancelledOrders", 0);
        body.put("happinessGuaranteeClaims", 0);
        body.put("attributedCancellations", 0);
        body.put("attributedReschedules", 0);
        body.put("startedOutsideArrivalWindow", 0);
        body.put("completedLate", 0);
        return body;
    }

    public static ValidatableResponse evaluate(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post(EVALUATIONS).then();
    }

    /** A new provider with one clean month evaluated: its id. */
    public static String newProvider() {
        Map<String, Object> month = cleanMonth();
        evaluate(month).statusCode(201);
        return (String) month.get("providerId");
    }
}
