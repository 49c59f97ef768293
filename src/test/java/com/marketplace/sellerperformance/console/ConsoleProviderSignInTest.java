package com.marketplace.sellerperformance.console;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sellerperformance.testing.HeadlessChromium;
import com.marketplace.sellerperformance.testing.KeycloakAvailable;
import com.marketplace.sellerperformance.testing.KeycloakServer;
import com.marketplace.sellerperformance.testing.SignedInThroughKeycloak;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * With OIDC on, the console signs people in at the identity provider (Keycloak, src/test/keycloak):
 * authorization code with PKCE, done by the service, then the page calls the API with the session's
 * access token and shows what the person's role allows.
 */
@QuarkusTest
@TestProfile(SignedInThroughKeycloak.class)
@Tag(KeycloakServer.TAG)
@ExtendWith(KeycloakAvailable.class)
class ConsoleProviderSignInTest {
    private static final String AUTHORIZATION = "/protocol/openid-connect/auth";

    @TestHTTPResource("/console/")
    URL console;

    @Test
    void signingInGoesToTheProviderForACodeWithPkce() {
        Response answer = RestAssured.given().redirects().follow(false).get("/console/sign-in");
        assertEquals(302, answer.statusCode());
        URI location = URI.create(answer.header("Location"));
        assertEquals(KeycloakServer.issuer(KeycloakServer.REALM) + AUTHORIZATION,
                location.getScheme() + "://" + location.getRawAuthority() + location.getPath());
        Map<String, String> query = Arrays.stream(location.getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        assertEquals("seller-performance-console", query.get("client_id"));
        assertEquals("code", query.get("response_type"));
        assertEquals("S256", query.get("code_challenge_method"));
        assertFalse(query.getOrDefault("code_challenge", "").isBlank(), "no code challenge: " + query);
    }

    @Test
    void withoutASessionTheConsoleIsToldToSignInAtTheProvider() {
        RestAssured.given().get("/console/session").then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("signIn", equalTo("provider")).body("accessToken", nullValue());
    }

    @Test
    void aReviewerSignsInAtTheProviderAndComesBackToThePageTheyOpened() throws Exception {
        ChromeDriver browser = HeadlessChromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(console + "#/queue");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("reviewer");
            assertTrue(browser.getCurrentUrl().startsWith(KeycloakServer.issuer(KeycloakServer.REALM)), browser.getCurrentUrl());
            browser.findElement(By.id("password")).sendKeys("reviewer");
            browser.findElement(By.id("kc-login")).click();

            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "reviewer (reviewer)"));
            assertTrue(browser.getCurrentUrl().startsWith(console.toString()), browser.getCurrentUrl());
            assertTrue(browser.getCurrentUrl().endsWith("#/queue"), browser.getCurrentUrl());
            WebElement current = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#nav a.current")));
            assertEquals("Review queue", current.getText());

            browser.findElement(By.id("sign-out")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            assertTrue(browser.getCurrentUrl().startsWith(KeycloakServer.issuer(KeycloakServer.REALM)), browser.getCurrentUrl());
        } finally {
            browser.quit();
        }
    }
}
