package com.marketplace.sellerperformance.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marketplace.sellerperformance.FixedRules;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import javax.sql.DataSource;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in headless Chromium (Debian's chromium and chromedriver, nothing downloaded), on data
 * put in through the API: every page shows it, a reviewer decides from the queue, a viewer cannot,
 * and no page logs an error in the browser's console. Screenshots of each page go to
 * target/console-screenshots (or the directory in -Dconsole.screenshots, e.g. docs/console).
 */
@QuarkusTest
class ConsoleBrowserTest {
    private static final String CHROMIUM = System.getProperty("console.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("console.chromedriver", "/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("console.screenshots", "target/console-screenshots"));
    private static ChromeDriver browser;
    private static Story story;
    private static String earlierVersion;

    @TestHTTPResource("/console/")
    URL console;

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "db.schema")
    String schema;

    /** What the API was told before the browser looks: one seller's road to deactivation, one with a revoked strike, one provider. */
    record Story(String deactivated, String appealed, String provider, String planId, String appealId, String improvementPlanId) {
    }

    @BeforeEach
    void browserAndStory() throws Exception {
        if (story == null) {
            story = tellTheStory();
            rememberAnEarlierRuleSet();
        }
        if (browser == null) {
            browser = startChromium();
        }
    }

    @AfterEach
    void noConsoleErrors() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        assertTrue(errors.isEmpty(), () -> "the browser's console has errors: " + errors);
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @Test
    void theSellerPageShowsStandingMetricChartsStrikeWindowsAndDecisions() throws IOException {
        signIn("viewer");
        open("#/sellers/" + story.deactivated() + "?on=2026-08-30");
        WebElement standing = waitFor(By.id("standing"));
        assertTrue(standing.getText().contains("DEACTIVATED"), standing.getText());
        assertTrue(standing.getText().contains("2026-09-05"), "minimum until: " + standing.getText());
        assertEquals("4", text(By.id("active-strikes")));
        assertEquals(4, browser.findElements(By.cssSelector(".chart svg")).size(), "one chart per metric");
        assertEquals(4, browser.findElements(By.cssSelector("#strike-timeline .strike-row")).size());
        assertEquals(4, browser.findElements(By.cssSelector("#decisions tr.decision")).size());
        String version = given().get("/api/v1/rules").then().extract().path("version");
        assertTrue(browser.findElement(By.cssSelector("#decisions a.mono")).getAttribute("href").endsWith("version=" + version));
        screenshot("seller");
        phoneScreenshot("seller-phone");

        open("#/sellers/" + story.appealed());
        waitFor(By.id("standing"));
        WebElement revoked = waitFor(By.cssSelector("#strike-timeline .strike-row[data-status=REVOKED]"));
        assertTrue(revoked.getText().contains("REVOKED by revision 2"), revoked.getText());
        browser.findElement(By.xpath("//button[text()='show revision 1']")).click();
        assertTrue(waitFor(By.cssSelector(".revision")).getText().contains("Revision 1"));
        screenshot("seller-appeal");
    }

    @Test
    void thePolicyPageHighlightsTheFilesAndComparesTwoVersionsSideBySide() throws IOException {
        signIn("analyst");
        String active = given().get("/api/v1/rules").then().extract().path("version");
        open("#/policy?file=fba-onsite%2Fgoals.drl&version=" + active + "&compare=" + earlierVersion);
        assertEquals(active, waitFor(By.id("active-version")).getText());
        assertFalse(browser.findElements(By.cssSelector("#file-text .token.keyword")).isEmpty(), "DRL keywords highlighted");
        assertTrue(text(By.id("last-reload")).length() > 0);
        assertTrue(browser.findElements(By.cssSelector("#versions tbody tr")).size() >= 2);
        WebElement diff = waitFor(By.id("diff"));
        assertTrue(diff.findElement(By.cssSelector("td.removed")).getText().contains("0.008"), diff.getText());
        assertTrue(diff.findElement(By.cssSelector("td.added")).getText().contains("0.006"), diff.getText());
        screenshot("policy");
    }

    @Test
    void theBacktestPageTriesAnUploadedDraftAndLinksTheSellersItWouldChange() throws IOException {
        signIn("analyst");
        open("#/backtest?from=2026-08-01&to=2026-08-31");
        Path draft = Files.createTempFile("goals", ".drl");
        Files.writeString(draft, looserLateProcessingGoal());
        waitFor(By.cssSelector("input[type=file][data-path='fba-onsite/goals.drl']")).sendKeys(draft.toAbsolutePath().toString());
        browser.findElement(By.id("backtest-run")).click();
        WebElement sellers = waitFor(By.id("backtest-sellers"));
        WebElement link = sellers.findElement(By.linkText(story.deactivated()));
        assertTrue(text(By.id("sellers-changed")).matches("\\d+ sellers would change"));
        assertFalse(browser.findElements(By.cssSelector("#backtest-totals svg")).isEmpty());
        screenshot("backtest");
        link.click();
        assertEquals(story.deactivated(), waitFor(By.id("seller-id")).getText());
    }

    @Test
    void aReviewerApprovesAPlanFromTheQueueAndTheSellerPageShowsTheReactivationDay() throws IOException {
        signIn("reviewer");
        open("#/queue");
        WebElement item = waitFor(By.cssSelector(".queue-item[data-id='" + story.planId() + "']"));
        assertFalse(browser.findElements(By.cssSelector(".queue-item[data-id='" + story.appealId() + "']")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector(".queue-item[data-id='" + story.improvementPlanId() + "']")).isEmpty());
        item.findElement(By.tagName("summary")).click();
        waitFor(By.cssSelector(".queue-item[data-id='" + story.planId() + "'] .context #standing"));
        screenshot("queue");
        WebElement decidedOn = item.findElement(By.name("decidedOn"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2026-09-01'", decidedOn);
        item.findElement(By.cssSelector("button.approve")).click();
        assertTrue(waitFor(By.cssSelector(".queue-item[data-id='" + story.planId() + "'] .outcome .done")).getText()
                .startsWith("Approved on 2026-09-01"));

        String reactivatesOn = given().queryParam("on", "2026-09-01")
                .get("/api/v1/sellers/" + story.deactivated() + "/standing").then().statusCode(200)
                .extract().path("deactivation.reactivatesOn");
        assertNotNull(reactivatesOn, "the approved plan sets a reactivation day");
        open("#/sellers/" + story.deactivated() + "?on=2026-09-01");
        waitFor(By.id("seller-id"));
        assertEquals(reactivatesOn, waitFor(By.id("reactivates-on")).getText());
    }

    @Test
    void aViewerSeesTheQueueButNoDecisionForm() {
        signIn("viewer");
        open("#/queue");
        waitFor(By.cssSelector(".queue-item[data-id='" + story.appealId() + "']"));
        assertNotNull(browser.findElement(By.id("read-only")));
        assertTrue(browser.findElements(By.cssSelector("form.decision-form, button.approve, button.reject")).isEmpty());
    }

    @Test
    void theProviderPageShowsTheSevenMetricsTheStatusAndTheAccountTimeline() throws IOException {
        signIn("viewer");
        open("#/providers/" + story.provider() + "?on=2026-03-05");
        assertTrue(waitFor(By.id("account")).getText().contains("SUSPENDED"));
        assertEquals(7, browser.findElements(By.cssSelector("#provider-metrics tbody tr")).size());
        List<WebElement> events = browser.findElements(By.cssSelector("#account-timeline li"));
        assertTrue(events.size() >= 3, "review, its completion and the suspension");
        assertTrue(events.get(0).getText().contains("START REVIEW"), events.get(0).getText());
        screenshot("provider");
    }

    @Test
    void searchFindsASellerAndAProviderById() throws IOException {
        signIn("viewer");
        open("#/search?id=" + story.provider());
        WebElement results = waitFor(By.cssSelector("#search-results ul"));
        assertTrue(results.getText().contains("Provider " + story.provider()), results.getText());
        assertTrue(results.getText().contains("Seller " + story.provider()), results.getText());
        screenshot("search");
    }

    // --- the browser

    private static ChromeDriver startChromium() throws IOException {
        Path profile = Files.createTempDirectory("console-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile, "--window-size=1280,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        return driver;
    }

    private void signIn(String user) {
        browser.get(console.toString());
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
        browser.navigate().refresh();
        waitFor(By.id("login-user")).sendKeys(user);
        browser.findElement(By.id("login-password")).sendKeys(user);
        browser.findElement(By.id("login-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), user));
    }

    private void open(String hash) {
        browser.get(console + hash);
    }

    private static WebElement waitFor(By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private static String text(By locator) {
        return waitFor(locator).getText();
    }

    /** The whole page at a laptop's width, and the top of it at a phone's. */
    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Number height = (Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1280, Math.min(height.intValue() + 140, 4000)));
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    /** The top of the page as a phone shows it. */
    private static void phoneScreenshot(String name) throws IOException {
        browser.manage().window().setSize(new Dimension(390, 1400));
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.manage().window().setSize(new Dimension(1280, 900));
    }

    // --- the data, through the API

    private static RequestSpecification given() {
        return RestAssured.given().auth().preemptive().basic("tester", "tester");
    }

    private static Story tellTheStory() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String deactivated = "S-CONSOLE-" + run;
        String appealed = "S-APPEAL-" + run;
        String provider = "P-CONSOLE-" + run;

        // Four weeks of August 2026 each with 7 late units of 1000 (over the 0.6 % goal and its 2 exempt
        // units): warnings, the badge, then deactivation from Sunday 30 August, a plan of action required.
        LocalDate sunday = LocalDate.parse("2026-08-02");
        for (int week = 0; week < 4; week++) {
            assess(deactivated, sunday.plusWeeks(week), week == 1 ? 3 : 7, week == 2 ? 5 : 0);
        }
        String planId = given().contentType(ContentType.JSON)
                .body(Map.of("rootCause", "Stock counts out of date", "correctiveActions", "Recounted all bins",
                        "preventiveActions", "Daily cycle counts", "submittedOn", "2026-08-31"))
                .post("/api/v1/sellers/" + deactivated + "/plans-of-action").then().statusCode(201).extract().path("planId");

        // Three weeks with a miss; the third week's appeal is accepted (its strike revoked, revision 2),
        // the second week's appeal is still open.
        List<String> weeks = new java.util.ArrayList<>();
        for (int week = 0; week < 3; week++) {
            weeks.add(assess(appealed, LocalDate.parse("2026-09-06").plusWeeks(week), 7, 0));
        }
        String accepted = appeal(weeks.get(2));
        given().contentType(ContentType.JSON).body(Map.of("accepted", true, "missesAccepted", 1, "decidedOn", "2026-10-01"))
                .post("/api/v1/appeals/" + accepted + "/decision").then().statusCode(200);
        String appealId = appeal(weeks.get(1));

        // A provider (also the id of a seller, to find both by one search) evaluated twice, reviewed,
        // then suspended until an improvement plan is approved; the plan waits in the queue.
        assess(provider, LocalDate.parse("2026-01-04"), 0, 0);
        evaluate(provider, "2026-01-01", "2026-01-31", 0);
        evaluate(provider, "2026-02-01", "2026-02-28", 6);
        act(provider, Map.of("action", "START_REVIEW", "on", "2026-02-10"));
        act(provider, Map.of("action", "COMPLETE_REVIEW", "on", "2026-02-20"));
        act(provider, Map.of("action", "SUSPEND", "on", "2026-03-01", "improvementPlanRequired", true));
        String improvementPlanId = given().contentType(ContentType.JSON)
                .body(Map.of("improvementPlan", "Confirm every appointment the day before", "appealReason",
                        "Flooding closed two routes", "submittedOn", "2026-03-02"))
                .post("/api/v1/services/providers/" + provider + "/improvement-plans").then().statusCode(201)
                .extract().path("planId");
        return new Story(deactivated, appealed, provider, planId, appealId, improvementPlanId);
    }

    private static String assess(String sellerId, LocalDate sunday, long late, long cancelled) {
        Map<String, Object> body = new HashMap<>(Map.of("sellerId", sellerId, "periodStart", sunday.toString(),
                "periodEnd", sunday.plusDays(6).toString(), "unitsShipped", 1000, "unitsLateProcessed", late,
                "unitsCancelled", cancelled, "unitsLateHandover", 1));
        body.put("returns", List.of(Map.of("family", "CE", "shipped", 600, "returned", 7),
                Map.of("family", "OHL", "shipped", 400, "returned", 4)));
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/fba-onsite/assessments")
                .then().statusCode(201).extract().path("assessmentId");
    }

    private static String appeal(String assessmentId) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("metric", "LATE_PROCESSING_RATE", "missesAppealed", 1, "reason", "Carrier scan missing",
                        "attachments", List.of("scan-log.pdf")))
                .post("/api/v1/fba-onsite/assessments/" + assessmentId + "/appeals").then().statusCode(201)
                .extract().path("appealId");
    }

    private static void evaluate(String provider, String start, String end, long late) {
        given().contentType(ContentType.JSON).body(Map.ofEntries(Map.entry("providerId", provider),
                Map.entry("periodStart", start), Map.entry("periodEnd", end),
                Map.entry("ratings", Map.of("1", 1, "2", 1, "3", 3, "4", 5, "5", 90)),
                Map.entry("completedOrders", 100), Map.entry("cancelledOrders", 1),
                Map.entry("happinessGuaranteeClaims", 0), Map.entry("attributedCancellations", 0),
                Map.entry("attributedReschedules", 0), Map.entry("startedOutsideArrivalWindow", 1),
                Map.entry("completedLate", late)))
                .post("/api/v1/services/evaluations").then().statusCode(201);
    }

    private static void act(String provider, Map<String, Object> action) {
        given().contentType(ContentType.JSON).body(action)
                .post("/api/v1/services/providers/" + provider + "/account-actions").then().statusCode(200);
    }

    // --- an earlier rule set version, as if it had served before (the fixed set with a stricter goal)

    private static String looserLateProcessingGoal() {
        String goals = FixedRules.files().get("fba-onsite/goals.drl");
        String looser = goals.replaceFirst("(\"LATE_PROCESSING_RATE\",\\s+1,\\s+new BigDecimal\\(\")0\\.006", "$10.008");
        assertFalse(looser.equals(goals), "the fixed goals file names the late processing goal as expected");
        return looser;
    }

    private void rememberAnEarlierRuleSet() throws Exception {
        Map<String, String> files = new java.util.TreeMap<>(FixedRules.files());
        files.put("fba-onsite/goals.drl", looserLateProcessingGoal());
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(files);
        String version = sha256(json);
        try (var connection = dataSource.getConnection();
             var insert = connection.prepareStatement("INSERT INTO " + schema + ".rule_set_version (version, files,"
                     + " first_loaded_at) VALUES (?, CAST(? AS jsonb), now() - interval '1 day') ON CONFLICT DO NOTHING")) {
            insert.setString(1, version);
            insert.setString(2, json);
            insert.executeUpdate();
        }
        earlierVersion = version;
    }

    private static String sha256(String text) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return java.util.HexFormat.of().formatHex(digest);
    }
}
