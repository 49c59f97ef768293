package com.marketplace.sellerperformance.web;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

/** With HSTS configured, every answer carries it, refusals included. */
@QuarkusTest
@TestProfile(StrictSettingsProfile.class)
class StrictTransportSecurityTest {

    @Test
    void everyAnswerCarriesTheConfiguredHsts() {
        for (String path : new String[] {"/api/v1/rules", "/q/health/live", "/console/", "/no-such-page"}) {
            RestAssured.get(path).then().header("Strict-Transport-Security", equalTo("max-age=31536000; includeSubDomains"));
        }
    }
}
