package com.marketplace.sellerperformance.testing;

import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Real tokens from the test Keycloak (src/test/keycloak): people by the password grant, services by client credentials. */
public final class Tokens {
    private Tokens() {
    }

    /** A token of a person of the test realm, whose password is their user name, issued to {@code client}. */
    public static String person(String realm, String client, String user) {
        return request(realm, RestAssured.given().formParam("grant_type", "password").formParam("client_id", client)
                .formParam("username", user).formParam("password", user));
    }

    public static String person(String user) {
        return person(KeycloakServer.REALM, "api-tests", user);
    }

    /** A calling service's own token (client credentials). */
    public static String service(String client, String secret) {
        return request(KeycloakServer.REALM, RestAssured.given().formParam("grant_type", "client_credentials")
                .formParam("client_id", client).formParam("client_secret", secret));
    }

    private static String request(String realm, RequestSpecification form) {
        ExtractableResponse<Response> answer = form.post(KeycloakServer.issuer(realm) + "/protocol/openid-connect/token")
                .then().statusCode(200).extract();
        return answer.path("access_token");
    }
}
