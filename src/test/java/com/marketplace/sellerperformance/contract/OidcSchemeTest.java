package com.marketplace.sellerperformance.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.marketplace.sellerperformance.testing.KeycloakAvailable;
import com.marketplace.sellerperformance.testing.KeycloakServer;
import com.marketplace.sellerperformance.testing.SignedInThroughKeycloak;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** With an issuer configured, the served document's OIDC scheme (Swagger UI's) is that issuer's, and it answers. */
@QuarkusTest
@TestProfile(SignedInThroughKeycloak.class)
@Tag(KeycloakServer.TAG)
@ExtendWith(KeycloakAvailable.class)
class OidcSchemeTest {

    @Test
    void theOidcSchemeNamesTheConfiguredIssuersDiscoveryDocument() {
        String issuer = KeycloakServer.issuer(KeycloakServer.REALM);
        String discovery = given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200)
                .body("components.securitySchemes.openIdConnect.type", equalTo("openIdConnect"))
                .extract().path("components.securitySchemes.openIdConnect.openIdConnectUrl");
        RestAssured.given().get(discovery).then().statusCode(200).body("issuer", equalTo(issuer));
    }
}
