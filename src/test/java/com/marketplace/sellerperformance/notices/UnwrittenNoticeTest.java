package com.marketplace.sellerperformance.notices;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Wording that cannot be rendered (a template the analysts broke and reloaded) never stops the
 * decision that writes the notice: when the relay comes to send it, the notice is kept FAILED with
 * the reason, and never mailed.
 */
@QuarkusTest
class UnwrittenNoticeTest {
    @Inject
    NoticeOutbox notices;

    @Test
    void aNoticeWhoseTemplateCannotBeRenderedIsKeptFailedWithTheReason() throws InterruptedException {
        String seller = Submission.newSellerId();
        given().contentType(ContentType.JSON).body(Map.of("email", "loja@example.com"))
                .put("/api/v1/sellers/" + seller + "/contact").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> notices.recordAll(List.of(new NoticeOutbox.Draft(
                "test|" + seller, NoticeKind.STRIKE_ISSUED, "fba-onsite", seller, LocalDate.parse("2026-08-09"),
                "no-such-template", Map.of()))));

        JsonPath told = awaitFailed("/api/v1/sellers/" + seller + "/notices");
        assertEquals(List.of("FAILED"), told.getList("delivery.status"));
        assertTrue(told.getString("[0].delivery.lastError").contains("could not be written from the templates"), told.prettify());
        assertTrue(told.getInt("[0].delivery.attempts") > 0, "it is not tried again");
        assertEquals("STRIKE_ISSUED", told.getString("[0].subject"), "its kind stands for the subject it cannot have");
    }

    private static JsonPath awaitFailed(String path) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        JsonPath told = given().get(path).then().statusCode(200).extract().jsonPath();
        while (!told.getList("delivery.status").contains("FAILED") && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            told = given().get(path).then().statusCode(200).extract().jsonPath();
        }
        return told;
    }
}
