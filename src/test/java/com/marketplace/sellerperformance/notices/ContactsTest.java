package com.marketplace.sellerperformance.notices;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where sellers and providers are told: set by an evaluator, read by a viewer, checked before anything is written. */
@QuarkusTest
class ContactsTest {
    private static final String SELLERS = "/api/v1/sellers/";
    private static final String PROVIDERS = "/api/v1/services/providers/";

    @Test
    void aSellersContactIsStoredAndTheProgramsLanguageIsPortugueseUnlessOneIsGiven() {
        String seller = Submission.newSellerId();
        given().contentType(ContentType.JSON).body(Map.of("email", "loja@example.com"))
                .put(SELLERS + seller + "/contact").then().statusCode(200)
                .body("email", equalTo("loja@example.com")).body("locale", equalTo("pt-BR"));
        given().contentType(ContentType.JSON).body(Map.of("email", "shop@example.com", "locale", "en"))
                .put(SELLERS + seller + "/contact").then().statusCode(200).body("locale", equalTo("en"));
        RestAssured.given().auth().preemptive().basic("viewer", "viewer").get(SELLERS + seller + "/contact")
                .then().statusCode(200).body("email", equalTo("shop@example.com")).body("locale", equalTo("en"));
    }

    @Test
    void aProvidersContactIsInEnglishUnlessOneIsGiven() {
        String provider = "P-" + Submission.newSellerId();
        given().contentType(ContentType.JSON).body(Map.of("email", "ops@provider.example"))
                .put(PROVIDERS + provider + "/contact").then().statusCode(200).body("locale", equalTo("en"));
        given().get(PROVIDERS + provider + "/contact").then().statusCode(200)
                .body("email", equalTo("ops@provider.example"));
    }

    @Test
    void aBadAddressOrLanguageIsRefusedAndNothingIsWritten() {
        String seller = Submission.newSellerId();
        given().contentType(ContentType.JSON).body(Map.of("email", "not an address", "locale", "pt-BR"))
                .put(SELLERS + seller + "/contact").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("email"));
        given().contentType(ContentType.JSON).body(Map.of("email", "loja@example.com", "locale", "fr"))
                .put(SELLERS + seller + "/contact").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("locale"));
        given().get(SELLERS + seller + "/contact").then().statusCode(404);
    }

    @Test
    void onlyAnEvaluatorSetsAContact() {
        RestAssured.given().auth().preemptive().basic("viewer", "viewer").contentType(ContentType.JSON)
                .body(Map.of("email", "loja@example.com")).put(SELLERS + Submission.newSellerId() + "/contact")
                .then().statusCode(403);
    }
}
