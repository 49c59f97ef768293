package com.marketplace.sellerperformance.notices;

import static com.marketplace.sellerperformance.testing.AsTester.given;
import static com.marketplace.sellerperformance.testing.FbaApi.dryRun;
import static com.marketplace.sellerperformance.testing.FbaApi.submit;
import static com.marketplace.sellerperformance.testing.MailServer.awaitDelivered;
import static com.marketplace.sellerperformance.testing.MailServer.deliveredTo;
import static com.marketplace.sellerperformance.testing.MailServer.textOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.marketplace.sellerperformance.testing.MailServer;
import com.marketplace.sellerperformance.testing.ServicesApi;
import com.marketplace.sellerperformance.testing.Submission;
import com.marketplace.sellerperformance.testing.TcpProxy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Notices mailed through a real SMTP server this test starts (GreenMail), reached through a proxy
 * the test owns: the README walk-through's seller is told each step once, in order, in Portuguese;
 * with the server away the notices wait and then arrive once each; nobody without a contact, no
 * dry run and no refused decision is mailed; a Services provider hears of its suspension; a notice
 * an earlier version wrote already rendered goes as it was written.
 */
@QuarkusTest
@TestProfile(MailDeliveryTest.ThroughAnSmtpServer.class)
class MailDeliveryTest {
    private static final String SELLERS = "/api/v1/sellers/";

    @Inject
    EntityManager entityManager;

    /** Set by {@link MailServer}. */
    GreenMail mailbox;
    TcpProxy smtp;

    public static class ThroughAnSmtpServer implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(MailServer.class));
        }
    }

    /** The README walk-through's August: four weeks with 7 of 1000 units processed late. */
    private static void august(Submission seller, String... sundays) {
        for (String sunday : sundays) {
            submit(seller.week(sunday).with("unitsLateProcessed", 7)).statusCode(201);
        }
    }

    private static String withContact(Submission seller) {
        String address = seller.sellerId().toLowerCase() + "@sellers.example";
        given().contentType(ContentType.JSON).body(Map.of("email", address))
                .put(SELLERS + seller.sellerId() + "/contact").then().statusCode(200);
        return address;
    }

    private static JsonPath notices(String path) {
        return given().get(path).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theWalkThroughSellerIsToldEachStepOnceInOrderInPortuguese() throws Exception {
        Submission seller = Submission.forNewSeller();
        String address = withContact(seller);
        august(seller, "2026-08-02", "2026-08-09", "2026-08-16", "2026-08-23");

        List<MimeMessage> mail = awaitDelivered(mailbox, address, 10);
        assertEquals(List.of(
                "Seu desempenho FBA Onsite na semana de 02/08/2026 a 08/08/2026",
                "Strike 1 emitido: advertência formal",
                "Seu desempenho FBA Onsite na semana de 09/08/2026 a 15/08/2026",
                "Strike 2 emitido: advertência formal",
                "Seu desempenho FBA Onsite na semana de 16/08/2026 a 22/08/2026",
                "Strike 3 emitido: remoção do selo Prime",
                "O selo Prime foi removido da sua conta",
                "Seu desempenho FBA Onsite na semana de 23/08/2026 a 29/08/2026",
                "Strike 4 emitido: desativação da conta",
                "Sua conta FBA Onsite foi desativada"), subjects(mail));
        assertContains(textOf(mail.get(1)), "strike 1", "Penalidade: advertência formal", "em vigor até 31/10/2026");
        assertContains(textOf(mail.get(3)), "strike 2", "Penalidade: advertência formal", "em vigor até 07/11/2026");
        assertContains(textOf(mail.get(5)), "strike 3", "Penalidade: remoção do selo Prime", "em vigor até 14/11/2026");
        assertContains(textOf(mail.get(8)), "strike 4", "Penalidade: desativação da conta", "em vigor até 21/11/2026");
        assertContains(textOf(mail.get(7)), "Strike 4 (Taxa de processamento atrasado): desativação da conta;"
                + " emitido em 30/08/2026, em vigor até 21/11/2026.", "Performance Review 30/08/2026");
        assertContains(textOf(mail.get(9)), "mínimo até 05/09/2026", "plano de ação");

        JsonPath told = notices(SELLERS + seller.sellerId() + "/notices");
        assertEquals(List.of("PERFORMANCE_SUMMARY", "STRIKE_ISSUED", "PERFORMANCE_SUMMARY", "STRIKE_ISSUED",
                "PERFORMANCE_SUMMARY", "STRIKE_ISSUED", "PRIME_BADGE_REMOVED", "PERFORMANCE_SUMMARY", "STRIKE_ISSUED",
                "DEACTIVATED"), told.getList("kind"));
        assertTrue(told.getList("delivery.status").stream().allMatch("SENT"::equals), told.prettify());
        assertTrue(told.getList("delivery.acceptedAt").stream().allMatch(at -> at != null));
        List<String> messageIds = told.getList("noticeId", String.class).stream()
                .map(id -> "<" + id + "@notices.seller-performance>").toList();
        assertEquals(messageIds, messageIdsOf(mail), "each mail's Message-ID is its notice's");
        assertEquals(10, new HashSet<>(messageIdsOf(mail)).size(), "none twice");

        // the same weeks sent again are repeats: nobody is told anything again
        submit(seller.week("2026-08-23").with("unitsLateProcessed", 7)).statusCode(200);
        Submission sentinel = Submission.forNewSeller();
        String sentinelAddress = withContact(sentinel);
        submit(sentinel.week("2026-08-02")).statusCode(201);
        awaitDelivered(mailbox, sentinelAddress, 1);
        assertEquals(10, deliveredTo(mailbox, address).size());
    }

    @Test
    void withTheMailServerAwayNoticesWaitAndThenArriveOnceEach() throws Exception {
        Submission seller = Submission.forNewSeller();
        String address = withContact(seller);
        smtp.cut();
        try {
            august(seller, "2026-08-02", "2026-08-09");
            String path = SELLERS + seller.sellerId() + "/notices";
            JsonPath waiting = awaitNotices(path, told -> told.getList("delivery.status").contains("FAILED"));
            assertEquals(List.of("FAILED", "PENDING", "PENDING", "PENDING"), waiting.getList("delivery.status"));
            assertEquals(List.of("Seu desempenho FBA Onsite na semana de 02/08/2026 a 08/08/2026",
                    "Strike 1 emitido: advertência formal",
                    "Seu desempenho FBA Onsite na semana de 09/08/2026 a 15/08/2026",
                    "Strike 2 emitido: advertência formal"), waiting.getList("subject"),
                    "a notice not mailed yet is listed with the subject it will have");
            assertTrue(waiting.getInt("[0].delivery.attempts") >= 1);
            assertTrue(waiting.getString("[0].delivery.lastError") != null);
            assertTrue(deliveredTo(mailbox, address).isEmpty());
        } finally {
            smtp.restore();
        }
        List<MimeMessage> mail = awaitDelivered(mailbox, address, 4);
        JsonPath told = awaitNotices(SELLERS + seller.sellerId() + "/notices",
                t -> t.getList("delivery.status").stream().allMatch("SENT"::equals));
        assertTrue(told.getInt("[0].delivery.attempts") >= 2, told.prettify());
        assertNull(told.get("[0].delivery.lastError"));
        assertEquals(List.of("Seu desempenho FBA Onsite na semana de 02/08/2026 a 08/08/2026",
                "Strike 1 emitido: advertência formal",
                "Seu desempenho FBA Onsite na semana de 09/08/2026 a 15/08/2026",
                "Strike 2 emitido: advertência formal"), subjects(mail));
        assertEquals(4, new HashSet<>(messageIdsOf(mail)).size(), "each arrives once");
    }

    @Test
    void aSellerWithoutAContactIsNotMailedAndNeitherADryRunNorARefusedDecisionTellsAnything() {
        Submission unknown = Submission.forNewSeller();
        august(unknown, "2026-08-02");
        JsonPath told = notices(SELLERS + unknown.sellerId() + "/notices");
        assertEquals(List.of("NO_CONTACT", "NO_CONTACT"), told.getList("delivery.status"));
        assertEquals(List.of("pt-BR", "pt-BR"), told.getList("locale"));
        assertEquals(List.of("Seu desempenho FBA Onsite na semana de 02/08/2026 a 08/08/2026",
                "Strike 1 emitido: advertência formal"), told.getList("subject"), "what it would have been told");
        assertNull(told.get("[0].to"));

        Submission careful = Submission.forNewSeller();
        String address = withContact(careful);
        dryRun(careful.week("2026-08-02").with("unitsLateProcessed", 7)).statusCode(200);
        submit(careful.week("2026-08-02").with("unitsShipped", -1)).statusCode(400);
        assertEquals(List.of(), notices(SELLERS + careful.sellerId() + "/notices").getList("kind"));
        submit(careful.week("2026-08-02").with("unitsShipped", 1000).clean()).statusCode(201);
        submit(careful.week("2026-08-02").with("unitsLateProcessed", 7)).statusCode(409);

        Submission sentinel = Submission.forNewSeller();
        String sentinelAddress = withContact(sentinel);
        submit(sentinel.week("2026-08-02")).statusCode(201);
        awaitDelivered(mailbox, sentinelAddress, 1);
        assertEquals(List.of("PERFORMANCE_SUMMARY"), notices(SELLERS + careful.sellerId() + "/notices").getList("kind"));
        assertEquals(1, awaitDelivered(mailbox, address, 1).size(), "the stored week's summary only");
        assertTrue(java.util.Arrays.stream(mailbox.getReceivedMessages())
                .noneMatch(m -> textOf(m).contains(unknown.sellerId())), "nothing to the seller without a contact");
    }

    @Test
    void aServicesProviderIsToldOfItsSuspensionAndWhenItEnds() {
        Map<String, Object> month = ServicesApi.cleanMonth();
        ServicesApi.evaluate(month).statusCode(201);
        String provider = (String) month.get("providerId");
        String address = provider.toLowerCase() + "@providers.example";
        given().contentType(ContentType.JSON).body(Map.of("email", address))
                .put("/api/v1/services/providers/" + provider + "/contact").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("action", "SUSPEND", "on", "2026-03-01",
                        "reinstatesOn", "2026-03-15", "improvementPlanRequired", false))
                .post("/api/v1/services/providers/" + provider + "/account-actions").then().statusCode(200);

        List<MimeMessage> mail = awaitDelivered(mailbox, address, 1);
        assertEquals(List.of("Your Services account is now suspended"), subjects(mail));
        assertContains(textOf(mail.get(0)), "From 1 March 2026 your account is suspended (it was active).",
                "reinstated automatically on 15 March 2026");
        JsonPath told = notices("/api/v1/services/providers/" + provider + "/notices");
        assertEquals(List.of("ACCOUNT_STATUS_CHANGED"), told.getList("kind"));
        assertEquals("en", told.getString("[0].locale"));
        assertEquals("2026-03-01", told.getString("[0].effectiveOn"));
    }

    @Test
    void aNoticeWrittenRenderedByAnEarlierVersionIsMailedAsItWasWritten() {
        Submission seller = Submission.forNewSeller();
        String address = withContact(seller);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("INSERT INTO {h-schema}notice"
                        + " (notice_id, kind, program, subject_id, effective_on, locale, to_address, subject, body_text,"
                        + " body_html, status, attempts, recorded_at) VALUES (:id, 'STRIKE_ISSUED', 'fba-onsite',"
                        + " :seller, DATE '2026-08-09', 'pt-BR', :to, 'Strike 1 emitido: advertência formal',"
                        + " 'Texto escrito antes.', '<p>Texto escrito antes.</p>', 'PENDING', 0, now())")
                .setParameter("id", UUID.randomUUID())
                .setParameter("seller", seller.sellerId())
                .setParameter("to", address)
                .executeUpdate());

        List<MimeMessage> mail = awaitDelivered(mailbox, address, 1);
        assertEquals(List.of("Strike 1 emitido: advertência formal"), subjects(mail));
        assertContains(textOf(mail.get(0)), "Texto escrito antes.");
    }

    private static JsonPath awaitNotices(String path, Predicate<JsonPath> until) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        JsonPath told = notices(path);
        while (!until.test(told)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("The notices never came to the state expected: " + told.prettify());
            }
            Thread.sleep(100);
            told = notices(path);
        }
        return told;
    }

    private static List<String> subjects(List<MimeMessage> mail) {
        return mail.stream().map(m -> {
            try {
                return m.getSubject();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<String> messageIdsOf(List<MimeMessage> mail) {
        return mail.stream().map(m -> {
            try {
                return m.getMessageID();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static void assertContains(String text, String... parts) {
        for (String part : parts) {
            assertTrue(text.contains(part), () -> "missing «" + part + "» in\n" + text);
        }
    }
}
