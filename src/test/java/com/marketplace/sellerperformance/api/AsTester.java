package com.marketplace.sellerperformance.api;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** Requests as the test user, who holds every role (test profile only). Security itself: SecurityTest. */
final class AsTester {
    static final String USER = "tester";

    private AsTester() {
    }

    static RequestSpecification given() {
        return RestAssured.given().auth().preemptive().basic(USER, USER);
    }
}
