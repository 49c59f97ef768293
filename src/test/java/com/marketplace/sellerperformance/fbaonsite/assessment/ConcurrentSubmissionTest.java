package com.marketplace.sellerperformance.fbaonsite.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.sellerperformance.testing.FbaApi;
import com.marketplace.sellerperformance.testing.Rows;
import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConcurrentSubmissionTest {
    @Inject
    Rows rows;

    @Inject
    EntityManager entityManager;

    @Test
    void twentyParallelSubmissionsOfOnePeriodGiveOneAssessmentAndOneSetOfStrikes() throws Exception {
        Submission submission = Submission.forNewSeller().with("unitsLateProcessed", 9).with("unitsCancelled", 9);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> FbaApi.submit(submission).extract().statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), "statuses " + statuses);
            assertEquals(19, statuses.stream().filter(s -> s == 200).count(), "statuses " + statuses);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, rows.assessmentsOf(submission.sellerId()));
        assertEquals(List.of(1, 2), strikeNumbersOf(submission.sellerId()));
    }

    @Transactional
    List<Integer> strikeNumbersOf(String sellerId) {
        List<?> numbers = entityManager.createNativeQuery("SELECT s.number FROM {h-schema}strike s"
                        + " JOIN {h-schema}seller r ON r.id = s.seller_ref WHERE r.seller_id = :seller ORDER BY s.number")
                .setParameter("seller", sellerId).getResultList();
        return numbers.stream().map(n -> ((Number) n).intValue()).toList();
    }
}
