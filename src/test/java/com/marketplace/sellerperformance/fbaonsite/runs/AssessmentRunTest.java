package com.marketplace.sellerperformance.fbaonsite.runs;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static com.marketplace.sellerperformance.testing.FbaApi.ASSESSMENTS;
import static com.marketplace.sellerperformance.testing.FbaApi.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.marketplace.sellerperformance.testing.Rows;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** A week posted as NDJSON: each line decided as the single endpoint decides it, in the background. */
@QuarkusTest
class AssessmentRunTest {
    static final String RUNS = "/api/v1/fba-onsite/assessment-runs";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate FIRST_SUNDAY = LocalDate.parse("2026-02-01");

    @Inject
    Rows rows;

    private static String line(Submission submission) {
        try {
            return JSON.writeValueAsString(submission.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Submission week(Submission seller, int week) {
        return seller.week(FIRST_SUNDAY.plusWeeks(week).toString());
    }

    static String post(byte[] body, String encoding) {
        var request = given().contentType("application/x-ndjson").body(body);
        if (encoding != null) {
            request = request.header("Content-Encoding", encoding);
        }
        String location = request.when().post(RUNS)
                .then().statusCode(202)
                .header("Location", matchesPattern(".*/api/v1/fba-onsite/assessment-runs/[0-9a-f-]{36}$"))
                .body("status", equalTo("RUNNING"))
                .extract().header("Location");
        return location.substring(location.indexOf(RUNS));
    }

    static JsonPath finished(String run) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonPath state = given().when().get(run).then().statusCode(200).extract().jsonPath();
            if (!"RUNNING".equals(state.getString("status"))) {
                return state;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the run " + run + " did not finish within a minute");
    }

    @Test
    void eachLineIsDecidedAsTheSingleEndpointDecidesItAndABadLineNeverStopsTheRun() throws Exception {
        Submission struck = Submission.forNewSeller();
        submit(week(struck, 0).clean().with("unitsLateProcessed", 7)).statusCode(201);
        Submission clean = Submission.forNewSeller();
        Submission contradicted = Submission.forNewSeller();
        List<String> lines = List.of(
                line(week(clean, 1).clean()),                                        // 1
                line(week(struck, 1).clean().with("unitsLateProcessed", 7)),         // 2: its second strike
                "{\"sellerId\": \"S-broken\", ",                                      // 3: not JSON
                line(week(Submission.forNewSeller(), 1).with("unitsShipped", -1)),   // 4: bad input
                "",                                                                  // blank: skipped
                line(week(contradicted, 1).clean()),                                 // 6
                line(week(contradicted, 1).clean().with("unitsCancelled", 3)));      // 7: conflict
        String run = post(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), null);

        JsonPath done = finished(run);
        assertEquals("COMPLETED", done.getString("status"));
        assertEquals(6, done.getInt("lines"));
        assertEquals(3, done.getInt("assessed"));
        assertEquals(0, done.getInt("repeated"));
        assertEquals(1, done.getInt("conflicts"));
        assertEquals(2, done.getInt("rejected"));
        assertEquals(1.0, done.getDouble("progress"));
        assertTrue(done.getString("ruleSetVersion").matches("[0-9a-f]{64}"));

        given().when().get(run + "/rejections").then().statusCode(200)
                .header("Link", nullValue())
                .body("line", equalTo(List.of(3, 4, 7)))
                .body("kind", equalTo(List.of("INVALID", "INVALID", "CONFLICT")))
                .body("[0].errors[0].field", equalTo("body"))
                .body("[1].errors.field", hasItem("unitsShipped"))
                .body("[2].sellerId", equalTo(contradicted.sellerId()));
        given().queryParam("limit", 2).when().get(run + "/rejections").then().statusCode(200)
                .body("line", equalTo(List.of(3, 4)))
                .header("Link", containsString("after=4"))
                .header("Link", containsString("rel=\"next\""));

        // The ladder saw the strike the single endpoint gave: this one is the second.
        given().when().get("/api/v1/sellers/" + struck.sellerId() + "/assessments").then().statusCode(200)
                .body("[1].strikes[0].number", equalTo(2));
        // What the run stored is what the single endpoint has on record: the same facts repeat.
        submit(week(clean, 1).clean()).statusCode(200);
        submit(week(contradicted, 1).clean().with("unitsCancelled", 3)).statusCode(409);
    }

    /**
     * The run decides from each seller's record read ahead for its chunk and stores the chunk's weeks
     * in bulk: what it stores must be what the single endpoint stores, for new sellers and for sellers
     * with strikes on record, and it must refuse what the single endpoint refuses.
     */
    @Test
    void aRunStoresEachWeekAsTheSingleEndpointStoresIt() throws Exception {
        List<java.util.function.UnaryOperator<Submission>> weeks = List.of(
                s -> s.clean(),
                s -> s.clean().with("unitsLateProcessed", 7),
                s -> s.with("unitsLateProcessed", 30).with("unitsCancelled", 40).with("unitsLateHandover", 50)
                        .returns("CE", 40, 30).returns("CO", 20, 15));
        List<String> bySingleEndpoint = new ArrayList<>();
        List<String> byRun = new ArrayList<>();
        StringBuilder file = new StringBuilder();
        for (boolean withHistory : List.of(false, true)) {
            for (var facts : weeks) {
                Submission single = Submission.forNewSeller();
                Submission run = Submission.forNewSeller();
                if (withHistory) {
                    submit(week(single, 3).clean().with("unitsCancelled", 9)).statusCode(201);
                    submit(week(run, 3).clean().with("unitsCancelled", 9)).statusCode(201);
                }
                submit(facts.apply(week(single, 5))).statusCode(201);
                bySingleEndpoint.add(single.sellerId());
                file.append(line(facts.apply(week(run, 5)))).append('\n');
                byRun.add(run.sellerId());
            }
        }
        Submission known = Submission.forNewSeller();
        submit(week(known, 5).clean()).statusCode(201);
        file.append(line(week(known, 4).clean())).append('\n');   // precedes a week on record: a conflict
        JsonPath done = finished(post(file.toString().getBytes(StandardCharsets.UTF_8), null));
        assertEquals(2 * weeks.size(), done.getInt("assessed"));
        assertEquals(1, done.getInt("conflicts"));

        for (int i = 0; i < byRun.size(); i++) {
            assertEquals(rows.recordOf(bySingleEndpoint.get(i)).replace(bySingleEndpoint.get(i), "S"),
                    rows.recordOf(byRun.get(i)).replace(byRun.get(i), "S"), "seller " + i);
        }
        // The comparison covers strikes on record and standing events, not only quiet weeks.
        JsonPath worst = JsonPath.from(rows.recordOf(byRun.get(byRun.size() - 1)));
        assertEquals(2, worst.getList("assessments").size(), worst.prettify());
        assertTrue(worst.getList("strikes").size() >= 3, worst.prettify());
        assertTrue(worst.getList("events.type").stream().anyMatch(type -> !type.toString().startsWith("STRIKE")),
                worst.prettify());
    }

    @Test
    void theSameFileAgainAssessesNothingTwice() throws Exception {
        StringBuilder file = new StringBuilder();
        int sellers = 1500;
        for (int i = 0; i < sellers; i++) {
            Submission seller = week(Submission.forNewSeller(), 2).clean().with("unitsLateProcessed", i % 7);
            // white space after each line's JSON: the file is over the 1 MiB a single request may send
            file.append(line(seller.returns("CE", 40, i % 3).returns("CO", 20, 0))).append(" ".repeat(600)).append('\n');
        }
        byte[] body = file.toString().getBytes(StandardCharsets.UTF_8);
        assertTrue(body.length > 1024 * 1024);
        JsonPath first = finished(post(body, null));
        assertEquals(sellers, first.getInt("assessed"));
        Map<String, Long> after = rows.count();

        JsonPath again = finished(post(gzip(body), "gzip"));
        assertEquals("COMPLETED", again.getString("status"));
        assertEquals(sellers, again.getInt("lines"));
        assertEquals(0, again.getInt("assessed"));
        assertEquals(sellers, again.getInt("repeated"));
        assertEquals(after, rows.count());
    }

    @Test
    void aRunIsReadByItsIdAndAnUnknownOneIsNotFound() {
        String run = post("\n".getBytes(StandardCharsets.UTF_8), null);
        given().when().get(run).then().statusCode(200).body("runId", notNullValue()).body("source", equalTo("upload"));
        given().when().get(RUNS + "/00000000-0000-0000-0000-000000000000").then().statusCode(404);
        given().when().get(RUNS + "/not-a-run").then().statusCode(400).body("errors[0].field", equalTo("runId"));
    }

    @Test
    void aBodyThatIsNotGzipIsBadInputAndAnotherMediaTypeIs415() {
        given().contentType("application/x-ndjson").header("Content-Encoding", "gzip")
                .body("not gzip".getBytes(StandardCharsets.UTF_8))
                .when().post(RUNS).then().statusCode(400).body("errors[0].field", equalTo("body"));
        given().contentType("application/json").body("{}").when().post(RUNS).then().statusCode(415);
    }

    @Test
    void onlyAnEvaluatorStartsARun() {
        io.restassured.RestAssured.given().auth().preemptive().basic("viewer", "viewer")
                .contentType("application/x-ndjson").body(new byte[0])
                .when().post(RUNS).then().statusCode(403);
        io.restassured.RestAssured.given().auth().preemptive().basic("analyst", "analyst")
                .contentType("application/x-ndjson").body(new byte[0])
                .when().post(RUNS).then().statusCode(403);
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        }
        return out.toByteArray();
    }

}
