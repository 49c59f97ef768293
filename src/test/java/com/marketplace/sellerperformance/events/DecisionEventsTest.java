package com.marketplace.sellerperformance.events;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static com.marketplace.sellerperformance.testing.DecisionEventQueue.changes;
import static com.marketplace.sellerperformance.testing.FbaApi.ASSESSMENTS;
import static com.marketplace.sellerperformance.testing.FbaApi.decidePlan;
import static com.marketplace.sellerperformance.testing.FbaApi.submit;
import static com.marketplace.sellerperformance.testing.FbaApi.submitPlan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.marketplace.sellerperformance.events.DailyDecisionEvents;
import com.marketplace.sellerperformance.events.DecisionEvent;
import com.marketplace.sellerperformance.events.Outbox;
import com.marketplace.sellerperformance.testing.DecisionEventQueue;
import com.marketplace.sellerperformance.testing.FbaApi;
import com.marketplace.sellerperformance.testing.Rows;
import com.marketplace.sellerperformance.testing.ServicesApi;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionalException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Decision events as a consumer reads them from the broker: each change once, in order, with a
 * stable id; events dated by time from the daily job, once; nothing from a refused request.
 */
@QuarkusTest
class DecisionEventsTest {
    @Inject
    DailyDecisionEvents dailyJob;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    @Inject
    Rows rows;

    DecisionEventQueue broker;

    @BeforeEach
    void listen() throws Exception {
        broker = new DecisionEventQueue();
    }

    @AfterEach
    void stopListening() throws Exception {
        broker.close();
    }

    /** README "From a first warning to reactivation": four weeks with 9 of 1000 units cancelled. */
    static String fourWeeksOfCancellations(Submission seller) {
        String lastWeek = null;
        for (String sunday : List.of("2026-08-02", "2026-08-09", "2026-08-16", "2026-08-23")) {
            lastWeek = submit(seller.week(sunday).with("unitsCancelled", 9)).statusCode(201).extract().path("assessmentId");
        }
        return lastWeek;
    }

    @Test
    void theWalkThroughFromAFirstWarningToReactivationTellsEachChangeOnceInOrder() throws Exception {
        Submission seller = Submission.forNewSeller();
        String week4 = fourWeeksOfCancellations(seller);
        decidePlan(submitPlan(seller.sellerId(), "2026-08-31"), true, "2026-09-01").statusCode(200);
        String appeal = given().contentType(ContentType.JSON)
                .body(Map.of("metric", "SHIPMENT_CANCELLATION_RATE", "missesAppealed", 5,
                        "reason", "Customer-requested cancellations", "attachments", List.of("tickets.pdf")))
                .post(ASSESSMENTS + "/" + week4 + "/appeals").then().statusCode(201).extract().path("appealId");
        given().contentType(ContentType.JSON)
                .body(Map.of("accepted", true, "missesAccepted", 5, "decidedOn", "2026-09-02"))
                .post("/api/v1/appeals/" + appeal + "/decision").then().statusCode(200);

        List<String> expected = List.of(
                "STRIKE_ISSUED 2026-08-09",
                "STRIKE_ISSUED 2026-08-16",
                "STRIKE_ISSUED 2026-08-23",
                "PRIME_BADGE_REMOVED 2026-08-23",
                "STRIKE_ISSUED 2026-08-30",
                "DEACTIVATED 2026-08-30",
                "STRIKE_REVOKED 2026-09-02",
                "REACTIVATED 2026-09-02",
                // the revised week 4 misses no metric: the Prime badge removal ends with it
                "PRIME_BADGE_RESTORED 2026-09-02");
        broker.about(seller.sellerId(), expected.size());
        awaitOutboxPublished(seller.sellerId());
        List<JsonNode> events = broker.drained(seller.sellerId());
        assertEquals(expected, changes(events));

        JsonNode deactivated = events.get(5);
        assertEquals("fba-onsite", deactivated.path("program").asText());
        assertEquals("DEACTIVATED", deactivated.path("details").path("accountStatus").asText());
        assertEquals("2026-08-30", deactivated.path("details").path("deactivation").path("since").asText());
        assertEquals(64, deactivated.path("ruleSetVersion").asText().length());
        assertEquals(4, events.get(4).path("details").path("number").asInt());
        assertEquals(events.get(4).path("details").path("strikeId"), events.get(6).path("details").path("strikeId"));
        assertEquals(expected.size(), new HashSet<>(events.stream().map(e -> e.path("eventId").asText()).toList()).size());
    }

    @Test
    void theDailyJobTellsAReactivationDayOnceHoweverOftenItRuns() throws Exception {
        Submission seller = Submission.forNewSeller();
        fourWeeksOfCancellations(seller);
        decidePlan(submitPlan(seller.sellerId(), "2026-08-31"), true, "2026-09-01").statusCode(200);

        dailyJob.runFor(LocalDate.parse("2026-09-07"));
        assertEquals(0, unpublishedOrNot(seller.sellerId(), "REACTIVATED"), "not before the reactivation day");
        dailyJob.runFor(LocalDate.parse("2026-09-10"));
        assertEquals(0, dailyJob.runFor(LocalDate.parse("2026-09-10")), "the same day again records nothing");
        dailyJob.runFor(LocalDate.parse("2026-09-09"));

        broker.about(seller.sellerId(), 7);
        awaitOutboxPublished(seller.sellerId());
        List<String> told = changes(broker.drained(seller.sellerId()));
        assertEquals(List.of("DEACTIVATED 2026-08-30", "REACTIVATED 2026-09-08"),
                told.stream().filter(c -> c.startsWith("DEACTIVATED") || c.startsWith("REACTIVATED")).toList());
        assertEquals(7, told.size(), told.toString());
    }

    @Test
    void aSuspensionAndItsAutomaticReinstatementAreToldOnTheirDays() throws Exception {
        Map<String, Object> month = ServicesApi.cleanMonth();
        ServicesApi.evaluate(month).statusCode(201);
        String provider = (String) month.get("providerId");
        act(provider, Map.of("action", "SUSPEND", "on", "2026-03-01", "reinstatesOn", "2026-03-15",
                "improvementPlanRequired", false)).statusCode(200);
        act(provider, Map.of("action", "SUSPEND", "on", "2026-03-02", "reinstatesOn", "2026-03-20",
                "improvementPlanRequired", false)).statusCode(409);

        dailyJob.runFor(LocalDate.parse("2026-03-31"));
        dailyJob.runFor(LocalDate.parse("2026-03-31"));

        broker.about(provider, 2);
        awaitOutboxPublished(provider);
        List<JsonNode> events = broker.drained(provider);
        assertEquals(List.of("ACCOUNT_STATUS_CHANGED 2026-03-01", "ACCOUNT_STATUS_CHANGED 2026-03-15"), changes(events));
        assertEquals("SUSPENDED", events.get(0).path("details").path("accountStatus").asText());
        assertEquals("ACTIVE", events.get(1).path("details").path("accountStatus").asText());
        assertEquals("services", events.get(1).path("program").asText());
    }

    @Test
    void aRefusedDecisionRecordsNoEvent() {
        Submission seller = Submission.forNewSeller();
        submit(seller.week("2026-08-02").with("unitsCancelled", 9)).statusCode(201);
        Map<String, Long> before = rows.count();
        submit(seller.week("2026-08-02").with("unitsCancelled", 8)).statusCode(409);
        submit(seller.week("2026-07-26").with("unitsCancelled", 9)).statusCode(409);
        FbaApi.dailyCheck(seller.sellerId(), "2026-08-04", -1, 100).statusCode(400);
        assertEquals(before, rows.count());
    }

    @Test
    void anEventRolledBackWithItsDecisionIsNotRecordedAndNoneIsRecordedOutsideOne() {
        String subject = "S-rolled-back-" + UUID.randomUUID();
        Outbox.Change change = new Outbox.Change("test|" + subject, DecisionEvent.Type.DEACTIVATED, "fba-onsite",
                subject, LocalDate.parse("2026-08-30"), "v", Map.of());
        QuarkusTransaction.begin();
        outbox.record(change);
        QuarkusTransaction.rollback();
        assertThrows(TransactionalException.class, () -> outbox.record(change));
        assertEquals(0, unpublishedOrNot(subject, "DEACTIVATED"));
    }

    @Test
    void theSameChangeRecordedTwiceIsOneEvent() {
        String subject = "S-twice-" + UUID.randomUUID();
        Outbox.Change change = new Outbox.Change("test|" + subject, DecisionEvent.Type.REACTIVATED, "fba-onsite",
                subject, LocalDate.parse("2026-09-08"), "v", Map.of());
        List<Boolean> recorded = QuarkusTransaction.requiringNew().call(() -> List.of(outbox.record(change),
                outbox.record(change)));
        assertEquals(List.of(true, false), recorded);
        assertEquals(1, unpublishedOrNot(subject, "REACTIVATED"));
    }

    private static io.restassured.response.ValidatableResponse act(String provider, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(new HashMap<>(body))
                .post("/api/v1/services/providers/" + provider + "/account-actions").then();
    }

    private long unpublishedOrNot(String subjectId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM {h-schema}decision_event WHERE subject_id = :subject AND type = :type")
                .setParameter("subject", subjectId).setParameter("type", type).getSingleResult()).longValue());
    }

    /** Waits (up to a minute) until the broker has confirmed every event about the subject. */
    void awaitOutboxPublished(String subjectId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            long pending = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                            "SELECT count(*) FROM {h-schema}decision_event WHERE subject_id = :subject"
                                    + " AND published_at IS NULL")
                    .setParameter("subject", subjectId).getSingleResult()).longValue());
            if (pending == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The outbox still holds events about " + subjectId);
    }
}
