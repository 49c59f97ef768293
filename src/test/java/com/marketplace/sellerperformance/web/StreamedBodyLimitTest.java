package com.marketplace.sellerperformance.web;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static com.marketplace.sellerperformance.testing.FbaApi.ASSESSMENTS;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.testing.Rows;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 1 MiB body limit holds for bodies sent without a length (chunked) too. */
@QuarkusTest
class StreamedBodyLimitTest {
    @Inject
    Rows rows;

    private static InputStream chunked(byte[] bytes) {
        return new ByteArrayInputStream(bytes); // no length known to the client: sent chunked
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AndWritesNothing() throws Exception {
        Map<String, Object> body = Submission.forNewSeller().body();
        String json = new ObjectMapper().writeValueAsString(body);
        // 2 MiB of white space inside a valid submission: only its size is wrong.
        String huge = json.substring(0, json.length() - 1) + " ".repeat(2 * 1024 * 1024) + "}";
        Map<String, Long> before = rows.count();
        for (String dryRun : new String[] {"true", "false"}) {
            given().contentType(ContentType.JSON).queryParam("dryRun", dryRun)
                    .body(chunked(huge.getBytes(StandardCharsets.UTF_8)))
                    .when().post(ASSESSMENTS)
                    .then().statusCode(413)
                    .contentType("application/problem+json")
                    .body("status", equalTo(413))
                    .body("type", containsString("body-too-large"));
        }
        assertEquals(before, rows.count());
    }

    @Test
    void aChunkedBodyWithinTheLimitIsRead() throws Exception {
        String json = new ObjectMapper().writeValueAsString(Submission.forNewSeller().body());
        given().contentType(ContentType.JSON).body(chunked(json.getBytes(StandardCharsets.UTF_8)))
                .when().post(ASSESSMENTS)
                .then().statusCode(201);
    }
}
