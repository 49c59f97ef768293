package com.marketplace.sellerperformance.fbaonsite.notices;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static com.marketplace.sellerperformance.testing.FbaApi.ASSESSMENTS;
import static com.marketplace.sellerperformance.testing.FbaApi.submit;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.marketplace.sellerperformance.testing.Submission;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seller's performance summary of an assessment: as JSON by the contract, and rendered as the
 * seller gets it (HTML, plain text) in Portuguese by default or English.
 */
@QuarkusTest
class PerformanceSummaryTest {

    /** The README walk-through's August: four weeks of 7 late units in 1000, on the fixed rules. */
    static List<String> august(Submission seller) {
        return List.of("2026-08-02", "2026-08-09", "2026-08-16", "2026-08-23").stream()
                .map(sunday -> (String) submit(seller.week(sunday).with("unitsLateProcessed", 7)).statusCode(201)
                        .extract().path("assessmentId"))
                .toList();
    }

    @Test
    void theSummaryOfTheDeactivatingWeekNamesTheStrikeItsPenaltyAndTheLastDayItCounts() throws IOException {
        Submission seller = Submission.forNewSeller();
        String week4 = august(seller).get(3);

        given().accept(ContentType.JSON).get(ASSESSMENTS + "/" + week4 + "/summary").then().statusCode(200)
                .body("assessmentId", equalTo(week4))
                .body("revision", equalTo(1))
                .body("sellerId", equalTo(seller.sellerId()))
                .body("assessedOn", equalTo("2026-08-30"))
                .body("periodStart", equalTo("2026-08-23"))
                .body("periodEnd", equalTo("2026-08-29"))
                .body("locale", equalTo("pt-BR"))
                .body("subject", equalTo("Seu desempenho FBA Onsite na semana de 23/08/2026 a 29/08/2026"))
                .body("metrics.find { it.metric == 'LATE_PROCESSING_RATE' }.status", equalTo("MISSED"))
                .body("metrics.find { it.metric == 'LATE_PROCESSING_RATE' }.rate", equalTo(0.007f))
                .body("strikes", equalTo(List.of(Map.of("number", 4, "metric", "LATE_PROCESSING_RATE",
                        "penalty", "DEACTIVATION", "issuedOn", "2026-08-30", "countsUntil", "2026-11-21",
                        "minimumDeactivationDays", 7))))
                .body("standing.accountStatus", equalTo("DEACTIVATED"))
                .body("standing.on", equalTo("2026-08-30"))
                .body("actionsRequired", equalTo(List.of("IMPROVE_METRICS", "PLAN_OF_ACTION")))
                .body("appeal.subject", equalTo("Performance Review 30/08/2026"))
                .body("appeal.instructions", containsString("Performance Review 30/08/2026"));

        // kept for the docs' picture of a summary as a seller sees it (docs/images/summary-pt-BR.png)
        String html = given().accept(ContentType.HTML).get(ASSESSMENTS + "/" + week4 + "/summary").then()
                .statusCode(200).extract().asString();
        assertContains(html, "Strike 4 (Taxa de processamento atrasado): desativação da conta; emitido em 30/08/2026,"
                + " em vigor até 21/11/2026.", "Envie um plano de ação");
        Files.writeString(Path.of("target", "summary-pt-BR.html"), html);
    }

    @Test
    void theSummaryIsRenderedAsTheSellerGetsItInPortugueseOrEnglish() {
        Submission seller = Submission.forNewSeller();
        String week3 = august(seller).get(2);
        String path = ASSESSMENTS + "/" + week3 + "/summary";

        String html = given().accept(ContentType.HTML).get(path).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        assertContains(html, "<html lang=\"pt-BR\">", "Taxa de processamento atrasado", "Não atingida",
                "Strike 3 (Taxa de processamento atrasado): remoção do selo Prime; emitido em 23/08/2026,"
                        + " em vigor até 14/11/2026.", "Selo Prime: removido", "Performance Review 23/08/2026");

        given().contentType(ContentType.JSON).body(Map.of("email", "shop@example.com", "locale", "en"))
                .put("/api/v1/sellers/" + seller.sellerId() + "/contact").then().statusCode(200);
        String text = given().accept(ContentType.TEXT).get(path).then().statusCode(200)
                .contentType(containsString("text/plain")).extract().asString();
        assertContains(text, "Late processing rate: 0.70% (7 of 1000 units)", "Missed",
                "Strike 3 (Late processing rate): Prime badge removal; issued on 23/08/2026, counts until 14/11/2026.",
                "Subject: Performance Review 23/08/2026");
        given().accept(ContentType.TEXT).queryParam("locale", "pt-BR").get(path).then().statusCode(200)
                .body(containsString("Este é o resumo do seu desempenho"), not(containsString("Late processing rate")));
    }

    @Test
    void anAcceptedAppealMakesARevisionWhoseSummaryIsWrittenAsANoticeOfItsOwn() {
        Submission seller = Submission.forNewSeller();
        String week4 = null;
        for (String sunday : List.of("2026-08-02", "2026-08-09", "2026-08-16", "2026-08-23")) {
            week4 = submit(seller.week(sunday).with("unitsCancelled", 9)).statusCode(201).extract().path("assessmentId");
        }
        String appeal = given().contentType(ContentType.JSON)
                .body(Map.of("metric", "SHIPMENT_CANCELLATION_RATE", "missesAppealed", 5,
                        "reason", "Customer-requested cancellations", "attachments", List.of("tickets.pdf")))
                .post(ASSESSMENTS + "/" + week4 + "/appeals").then().statusCode(201).extract().path("appealId");
        given().contentType(ContentType.JSON).body(Map.of("accepted", true, "missesAccepted", 5, "decidedOn", "2026-09-02"))
                .post("/api/v1/appeals/" + appeal + "/decision").then().statusCode(200);

        given().accept(ContentType.JSON).get(ASSESSMENTS + "/" + week4 + "/summary").then().statusCode(200)
                .body("revision", equalTo(2)).body("strikes", equalTo(List.of()));
        given().accept(ContentType.JSON).queryParam("revision", 1).get(ASSESSMENTS + "/" + week4 + "/summary")
                .then().statusCode(200).body("revision", equalTo(1)).body("strikes.number", equalTo(List.of(4)));
        given().accept(ContentType.TEXT).get(ASSESSMENTS + "/" + week4 + "/summary").then().statusCode(200)
                .body(containsString("Esta é a revisão 2 da avaliação, após o seu recurso."),
                        containsString("Nenhum strike foi emitido nesta avaliação."));

        List<String> kinds = given().get("/api/v1/sellers/" + seller.sellerId() + "/notices").then().statusCode(200)
                .extract().jsonPath().getList("kind");
        assertEquals(List.of("PERFORMANCE_SUMMARY", "STRIKE_ISSUED", "PERFORMANCE_SUMMARY", "STRIKE_ISSUED",
                "PERFORMANCE_SUMMARY", "STRIKE_ISSUED", "PRIME_BADGE_REMOVED", "PERFORMANCE_SUMMARY", "STRIKE_ISSUED",
                "DEACTIVATED", "PERFORMANCE_SUMMARY", "STRIKE_REVOKED", "REACTIVATED", "PRIME_BADGE_RESTORED"), kinds);
    }

    @Test
    void anUnknownAssessmentOrRevisionIsNotFound() {
        given().accept(ContentType.JSON).get(ASSESSMENTS + "/" + java.util.UUID.randomUUID() + "/summary")
                .then().statusCode(404);
        Submission seller = Submission.forNewSeller();
        String week1 = august(seller).get(0);
        given().accept(ContentType.HTML).queryParam("revision", 2).get(ASSESSMENTS + "/" + week1 + "/summary")
                .then().statusCode(404);
        given().accept(ContentType.JSON).queryParam("locale", "fr").get(ASSESSMENTS + "/" + week1 + "/summary")
                .then().statusCode(400);
    }

    private static void assertContains(String rendered, String... parts) {
        for (String part : parts) {
            assertEquals(true, rendered.contains(part), () -> "missing «" + part + "» in\n" + rendered);
        }
    }
}
