package com.marketplace.sellerperformance.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sellerperformance.fbaonsite.ladder.StoredLadder;
import com.marketplace.sellerperformance.fbaonsite.persistence.SellerRepository;
import com.marketplace.sellerperformance.testing.AsTester;
import com.marketplace.sellerperformance.testing.FbaApi;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Requests racing on one seller leave a history some serial order would have left; other sellers never wait on it. */
@QuarkusTest
class MixedConcurrencyTest {
    @Inject
    StoredLadder ladder;

    @Inject
    SellerRepository sellers;

    @Inject
    EntityManager entityManager;

    private static int post(String path, Object body) {
        return AsTester.given().contentType(ContentType.JSON).body(body).post(path).then().extract().statusCode();
    }

    @Test
    void fiftyMixedRequestsOnOneSellerLeaveAHistoryOfSomeSerialOrder() throws Exception {
        Submission seller = Submission.forNewSeller();
        String firstWeek = FbaApi.submit(seller.week("2026-06-07").with("unitsLateProcessed", 9)).statusCode(201)
                .extract().path("assessmentId");
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int week = 1; week <= 5; week++) {
            LocalDate sunday = LocalDate.parse("2026-06-07").plusWeeks(week);
            Map<String, Object> body = Submission.forNewSeller().with("sellerId", seller.sellerId())
                    .week(sunday.toString()).with("unitsLateProcessed", 7 + week).body();
            for (int copy = 0; copy < 4; copy++) {
                requests.add(() -> post(FbaApi.ASSESSMENTS, body));
            }
            for (int day = 0; day < 4; day++) {
                String date = sunday.plusDays(day).toString();
                requests.add(() -> post("/api/v1/fba-onsite/daily-checks", Map.of("sellerId", seller.sellerId(),
                        "day", date, "fastTrackPendingUnits", 0, "cancelledUnits", 6, "lateProcessedUnits", 0,
                        "lateHandoverUnits", 0, "affectedUnits", 100)));
            }
        }
        for (int i = 0; i < 10; i++) {
            requests.add(() -> {
                String appeal = AsTester.given().contentType(ContentType.JSON)
                        .body(Map.of("metric", "LATE_PROCESSING_RATE", "missesAppealed", 1, "reason", "race"))
                        .post(FbaApi.ASSESSMENTS + "/" + firstWeek + "/appeals").then().extract().path("appealId");
                return post("/api/v1/appeals/" + appeal + "/decision",
                        Map.of("accepted", true, "missesAccepted", 1, "decidedOn", "2026-07-20"));
            });
        }
        Collections.shuffle(requests, new Random(7));
        assertEquals(50, requests.size());

        List<Integer> statuses = run(requests, 16);
        assertTrue(statuses.stream().allMatch(s -> s == 200 || s == 201 || s == 409), "statuses " + statuses);

        List<List<Object>> assessed = rows("SELECT a.period_start, a.revision FROM {h-schema}assessment a JOIN"
                + " {h-schema}seller s ON s.id = a.seller_ref WHERE s.seller_id = ?1 AND a.revision = 1"
                + " ORDER BY a.period_start", seller.sellerId());
        assertEquals(assessed.stream().map(r -> r.get(0)).distinct().count(), assessed.size(), "a week assessed twice");
        assertEquals(11, rows("SELECT revision FROM {h-schema}assessment WHERE assessment_id = CAST(?1 AS uuid)",
                firstWeek).size(), "ten accepted appeals make ten more revisions");

        List<List<Object>> before = strikes(seller.sellerId());
        QuarkusTransaction.requiringNew().run(() -> ladder.replayFrom(
                sellers.findBySellerId(seller.sellerId()).orElseThrow(), UUID.fromString(firstWeek)));
        assertEquals(before, strikes(seller.sellerId()), "the strikes differ from a serial replay of the same records");
    }

    @Test
    void fiftyRequestsForFiftySellersAllSucceed() throws Exception {
        List<Callable<Integer>> requests = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            requests.add(() -> post(FbaApi.ASSESSMENTS, Submission.forNewSeller().with("unitsLateProcessed", 7).body()));
        }
        assertEquals(Collections.nCopies(50, 201), run(requests, 16));
    }

    private static List<Integer> run(List<Callable<Integer>> requests, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(requests)) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    private List<List<Object>> strikes(String sellerId) {
        return rows("SELECT CAST(t.assessment_id AS text), t.metric, t.number, t.penalty, t.status, t.issued_on"
                + " FROM {h-schema}strike t JOIN {h-schema}seller s ON s.id = t.seller_ref WHERE s.seller_id = ?1"
                + " ORDER BY t.issued_on, t.number, t.metric, t.status", sellerId);
    }

    @SuppressWarnings("unchecked")
    private List<List<Object>> rows(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object> result = entityManager.createNativeQuery(sql).setParameter(1, parameter).getResultList();
            List<List<Object>> rows = new ArrayList<>();
            for (Object row : result) {
                rows.add(row instanceof Object[] columns ? List.of(columns) : List.of(row));
            }
            return rows;
        });
    }
}
