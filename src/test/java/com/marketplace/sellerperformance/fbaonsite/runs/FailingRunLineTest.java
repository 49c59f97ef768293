package com.marketplace.sellerperformance.fbaonsite.runs;

import static com.marketplace.sellerperformance.fbaonsite.runs.AssessmentRunTest.finished;
import static com.marketplace.sellerperformance.fbaonsite.runs.AssessmentRunTest.post;
import static com.marketplace.sellerperformance.testing.AsTester.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A line that keeps failing with an unexpected database error (here a trigger of the test's own
 * that refuses one seller) is tried a bounded number of times, then rejected as ERROR with its cause;
 * the lines around it are decided and the run completes.
 */
@QuarkusTest
class FailingRunLineTest {
    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "db.schema")
    String schema;

    @ConfigProperty(name = "runs.line-attempts")
    int lineAttempts;

    private final String poisoned = "S-poison-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void aTriggerRefusesOneSeller() throws SQLException {
        execute("CREATE SEQUENCE {s}poisoned_attempts");
        execute("CREATE FUNCTION {s}refuse_poisoned() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " IF NEW.seller_id = '" + poisoned + "' THEN"
                + "   PERFORM nextval('{s}poisoned_attempts');"
                + "   RAISE EXCEPTION 'the disk said no' USING ERRCODE = 'XX000';"
                + " END IF; RETURN NEW; END $$");
        execute("CREATE TRIGGER refuse_poisoned BEFORE INSERT ON {s}seller FOR EACH ROW EXECUTE FUNCTION {s}refuse_poisoned()");
    }

    @AfterEach
    void dropTheTrigger() throws SQLException {
        execute("DROP TRIGGER IF EXISTS refuse_poisoned ON {s}seller");
        execute("DROP FUNCTION IF EXISTS {s}refuse_poisoned()");
        execute("DROP SEQUENCE IF EXISTS {s}poisoned_attempts");
    }

    @Test
    void aLineThatKeepsFailingIsRejectedWithItsCauseAfterItsAttemptsAndTheRunGoesOn() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            String seller = i == 4 ? poisoned : Submission.newSellerId();
            lines.add("{\"sellerId\":\"" + seller + "\",\"periodStart\":\"2026-06-07\",\"periodEnd\":\"2026-06-13\","
                    + "\"unitsShipped\":100,\"unitsLateProcessed\":0,\"unitsCancelled\":0,\"unitsLateHandover\":0}");
        }
        String run = post(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), null);

        JsonPath done = finished(run);
        assertEquals("COMPLETED", done.getString("status"), done.prettify());
        assertEquals(9, done.getInt("lines"));
        assertEquals(8, done.getInt("assessed"));
        assertEquals(1, done.getInt("rejected"));
        given().when().get(run + "/rejections").then().statusCode(200)
                .body("line", equalTo(List.of(5)))
                .body("[0].kind", equalTo("ERROR"))
                .body("[0].sellerId", equalTo(poisoned))
                .body("[0].errors[0].field", equalTo("body"))
                .body("[0].errors[0].message", allOf(containsString("the disk said no"), containsString("XX000"),
                        containsString(lineAttempts + " times")));
        // once in its chunk, then the bounded attempts on its own: never again after the rejection
        assertEquals(1 + lineAttempts, attempts());
        Thread.sleep(1500);
        assertEquals(1 + lineAttempts, attempts());
    }

    private long attempts() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM {s}poisoned_attempts"))) {
            row.next();
            return row.getLong(1);
        }
    }

    private void execute(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement execute = connection.createStatement()) {
            execute.execute(sql(statement));
        }
    }

    private String sql(String statement) {
        return statement.replace("{s}", "\"" + schema + "\".");
    }
}
