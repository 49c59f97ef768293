package com.marketplace.sellerperformance.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /q/openapi serves the document in the repository as it is, with nothing generated merged in. */
@QuarkusTest
class ServedDocumentTest {

    @Test
    void theServedDocumentIsTheOneInTheRepository() {
        given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200)
                .body("paths.'/api/v1/fba-onsite/assessments'.post.operationId", equalTo("assessFbaOnsitePeriod"))
                .body("components.securitySchemes.basicAuth.scheme", equalTo("basic"))
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas", not(hasKey("Submission1")))
                .body("components.schemas", not(hasKey("HttpProblem")));
    }

    /** Without an issuer (OIDC off, as here) Swagger UI offers no OIDC sign-in that could not work. */
    @Test
    void withoutAnIssuerTheDocumentHasNoOidcScheme() {
        given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200)
                .body("components.securitySchemes", not(hasKey("openIdConnect")))
                .body("security", equalTo(List.of(Map.of("basicAuth", List.of()))));
    }
}
