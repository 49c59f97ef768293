package com.marketplace.sellerperformance.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Requests as the test user, who holds every role (test profile only). Security itself: SecurityTest. */
public final class AsTester {
    public static final String USER = "tester";

    private AsTester() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().auth().preemptive().basic(USER, USER);
    }
}
