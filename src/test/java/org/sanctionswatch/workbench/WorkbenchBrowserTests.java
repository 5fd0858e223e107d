package org.sanctionswatch.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanctionswatch.e2e.RunningService;

/**
 * The workbench in a real browser (Debian's headless chromium through its chromedriver), against the service on an
 * H2 file with the seeds and the China-DPRK trade fixture: sign in, a theatre and its chart, an alert that arrives
 * live in the open inbox, acting on it, a tuning preview and its publication, a bad upload's problems, and a VIEWER
 * who finds no tuning controls and is refused by the server when posting anyway. Screenshots go to
 * {@code target/screenshots} (the README's come from there).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchBrowserTests {

    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String ADMIN_PASSWORD = "browser-test-admin-password";
    static final String VIEWER_PASSWORD = "browser-test-viewer-password";
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    static Path dir;

    RunningService service;
    WebDriver browser;
    WebDriverWait wait;

    @BeforeAll
    void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "the browser tests need Debian's chromium and chromium-driver (.ci/run installs them): "
                        + "apt-get install chromium chromium-driver");
        service = RunningService.start(dir.resolve("data"), "sanctionswatch.security.admin-password=" + ADMIN_PASSWORD);
        assertThat(service.importFile(Path.of("fixtures/trade/hs2713-chn-prk-monthly-synthetic.csv")).status())
                .isEqualTo(200);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=en");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .build(), options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.close();
        }
    }

    @Test
    @Order(1)
    void signsIn() {
        browser.get(service.baseUrl() + "/theatres");
        assertThat(browser.getCurrentUrl()).as("a page asks who you are first").endsWith("/login");
        signIn("admin", "not the password");
        assertThat(browser.findElement(By.cssSelector("[role=alert]")).getText()).contains("do not match");
        signIn("admin", ADMIN_PASSWORD);
        wait.until(ExpectedConditions.urlContains("/theatres"));
        assertThat(browser.findElement(By.id("reader-name")).getText()).isEqualTo("admin");
    }

    @Test
    @Order(2)
    void showsATheatresLevelsAndTheirChart() throws IOException {
        browser.get(service.baseUrl() + "/theatres/DPRK-RUSSIA");
        String level = browser.findElement(By.id("level-ESCALATION")).getText();
        String expected = service.get("/api/escalation/DPRK-RUSSIA").body().get("escalation").get("levelName")
                .asString();
        assertThat(level).isEqualTo(expected).isNotEqualTo("NONE");
        WebElement chart = browser.findElement(By.id("history-chart"));
        wait.until(d -> chart.getAttribute("data-points") != null);
        assertThat(Integer.parseInt(chart.getAttribute("data-points"))).isGreaterThan(12);
        assertThat(chart.findElements(By.tagName("canvas"))).as("ECharts drew it").isNotEmpty();
        List<WebElement> facts = browser.findElements(By.cssSelector("main section table a[href^='/alerts/']"));
        assertThat(facts).as("each fact links to its alert").isNotEmpty();
        screenshot("theatre");
    }

    @Test
    @Order(3)
    void aPostedObservationsAlertAppearsInTheOpenInboxAndIsAcknowledged() throws IOException {
        browser.get(service.baseUrl() + "/alerts?ruleId=TRADE-001");
        wait.until(d -> "open".equals(d.findElement(By.id("live")).getAttribute("data-state")));
        // a mark on this page's window: a reload would lose it
        ((JavascriptExecutor) browser).executeScript("window.stillThisPage = true");
        assertThat(browser.findElements(By.cssSelector("#rows tr[data-alert-id]")))
                .noneMatch(tr -> tr.getText().contains("2021-07"));
        assertThat(service.postJson(surgeSeries()).status()).isEqualTo(200);
        WebElement fresh = wait.until(d -> d.findElements(By.cssSelector("#rows tr.fresh")).stream()
                .filter(tr -> tr.getText().contains("2021-07")).findFirst().orElse(null));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.stillThisPage === true"))
                .as("the alert came without a reload").isEqualTo(true);

        fresh.findElement(By.tagName("a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("act-acknowledge")));
        WebElement chart = browser.findElement(By.id("series-chart"));
        wait.until(d -> chart.getAttribute("data-points") != null);
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/alerts/(\\d+).*", "$1"));
        var series = service.get("/api/alerts/" + id + "/series").body();
        assertThat(chart.getAttribute("data-points")).as("a point for each period of the evidence")
                .isEqualTo(String.valueOf(service.get("/api/alerts/" + id).body().get("evidence").size()));
        assertThat(series.get("firedPeriod").asString()).isEqualTo("2021-07");
        assertThat(series.get("threshold").asDouble())
                .isEqualTo(series.get("ratio").asDouble() * series.get("baseline").asDouble());
        assertThat(browser.findElement(By.id("alert-provision")).getText()).isNotBlank();
        browser.findElement(By.id("act-note")).sendKeys("Seen; asking the trade desk for the customs record");
        browser.findElement(By.id("act-acknowledge")).click();
        wait.until(ExpectedConditions.textToBe(By.id("alert-status"), "ACKNOWLEDGED"));
        assertThat(browser.findElement(By.cssSelector(".history")).getText())
                .contains("admin").contains("asking the trade desk");
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        screenshot("alert");
    }

    @Test
    @Order(4)
    void previewsATuningAndPublishesIt() throws IOException {
        int versions = service.get("/api/rulesets").body().size();
        browser.get(service.baseUrl() + "/tuning");
        assertThat(browser.findElement(By.id("l-watchlist")).getAttribute("value")).as("the watchlist as JSON")
                .contains("\"hsPrefix\" : \"2713\"");
        set("p-TRADE-001.ratio", "1.5");
        set("p-TRADE-002.divergence", "4");
        browser.findElement(By.id("preview")).click();
        WebElement added = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-added")));
        List<WebElement> counts = browser.findElements(By.cssSelector("#preview-summary strong"));
        int removed = browser.findElement(By.id("preview-removed")).findElements(By.tagName("li")).size();
        assertThat(added.findElements(By.tagName("li"))).hasSize(Integer.parseInt(counts.get(0).getText()))
                .isNotEmpty();
        assertThat(removed).isEqualTo(Integer.parseInt(counts.get(1).getText())).isPositive();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('preview-result').scrollIntoView()");
        screenshot("tuning-preview");
        assertThat(service.get("/api/rulesets").body().size()).as("a preview publishes nothing").isEqualTo(versions);

        browser.findElement(By.id("comment")).sendKeys("Surges at one and a half times the baseline");
        browser.findElement(By.id("publish")).click();
        wait.until(ExpectedConditions.urlContains("/rulesets"));
        WebElement newest = browser.findElement(By.cssSelector(".ruleset"));
        assertThat(newest.getText()).contains("v" + (versions + 1)).contains("current")
                .contains("Surges at one and a half times the baseline").contains("TRADE-001.ratio");
        assertThat(service.get("/api/parameters").body().toString()).contains("\"key\":\"TRADE-001.ratio\"");
    }

    @Test
    @Order(5)
    void showsABadUploadsProblemsByLine() {
        browser.get(service.baseUrl() + "/lists");
        Path bad = Path.of("fixtures/bad/comtrade-bad-periods.csv").toAbsolutePath();
        browser.findElement(By.id("obs-file")).sendKeys(bad.toString());
        browser.findElement(By.cssSelector("#upload-observations button[type=submit]")).click();
        WebElement problems = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#upload-observations .problem table")));
        List<WebElement> rows = problems.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).findElements(By.tagName("td")).get(0).getText()).as("the line").matches("\\d+");
        assertThat(browser.findElement(By.cssSelector("#upload-observations .problem")).getText())
                .contains("nothing was stored");
    }

    @Test
    @Order(6)
    void aViewerFindsNoTuningControlsAndIsRefusedByTheServer() {
        assertThat(service.send("POST", "/api/people", """
                {"name": "vera", "password": "%s", "roles": ["VIEWER"]}""".formatted(VIEWER_PASSWORD)).status())
                .isEqualTo(201);
        // an administrator disables a person on the People page
        assertThat(service.send("POST", "/api/people", """
                {"name": "dora", "password": "dora-long-password", "roles": ["ANALYST"]}""").status()).isEqualTo(201);
        browser.get(service.baseUrl() + "/people");
        browser.findElement(By.cssSelector("#person-dora form:last-of-type button")).click();
        wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("person-dora")).getText().contains("disabled"));
        assertThat(service.get("/api/people").body().toString()).contains("\"name\":\"dora\"");
        assertThat(service.get("/api/audit").body().toString()).contains("PERSON_DISABLED");

        browser.findElement(By.cssSelector(".who button")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        signIn("vera", VIEWER_PASSWORD);
        browser.get(service.baseUrl() + "/tuning");
        assertThat(browser.findElements(By.id("preview"))).isEmpty();
        assertThat(browser.findElements(By.id("publish"))).isEmpty();
        assertThat(browser.findElement(By.id("p-TRADE-001.ratio")).getAttribute("readonly")).isNotNull();
        assertThat(browser.findElements(By.cssSelector("a[href='/people']"))).isEmpty();

        // The same requests the controls would send, forged from the page with its session and CSRF token.
        assertThat(forge("POST", "/tuning/preview", "application/x-www-form-urlencoded",
                "parameters.TRADE-001.ratio=1.2")).isEqualTo(403);
        assertThat(forge("PATCH", "/api/parameters", "application/json",
                "{\"comment\":\"forged\",\"parameters\":{\"TRADE-001.ratio\":1.2}}")).isEqualTo(403);
        assertThat(forge("POST", "/api/alerts/1/acknowledge", "application/json", "{}")).isEqualTo(403);
        browser.get(service.baseUrl() + "/alerts/1");
        assertThat(browser.findElements(By.id("act"))).isEmpty();
    }

    @Test
    @Order(7)
    void fitsAPhonesWidth() {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            for (String page : List.of("/theatres/DPRK-RUSSIA", "/alerts", "/alerts/1", "/tuning", "/rulesets",
                    "/lists")) {
                browser.get(service.baseUrl() + page);
                Object overflow = ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat((Long) overflow).as("%s scrolls sideways at 390 px", page).isLessThanOrEqualTo(0L);
            }
        } finally {
            browser.manage().window().setSize(new Dimension(1280, 1000));
        }
    }

    private long forge(String method, String path, String contentType, String body) {
        Object status = ((JavascriptExecutor) browser).executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                var header = document.querySelector('meta[name=csrf-header]').content;
                var token = document.querySelector('meta[name=csrf-token]').content;
                var headers = {'Content-Type': arguments[2]};
                headers[header] = token;
                fetch(arguments[1], {method: arguments[0], headers: headers, body: arguments[3]})
                    .then(function (r) { done(r.status); }, function () { done(-1); });
                """, method, path, contentType, body);
        return (Long) status;
    }

    private void signIn(String name, String password) {
        if (!browser.getCurrentUrl().contains("/login")) {
            browser.get(service.baseUrl() + "/login");
        }
        // by keyboard alone: the name field has the focus, Tab moves to the password, Enter signs in
        browser.switchTo().activeElement().sendKeys(name, Keys.TAB, password, Keys.ENTER);
    }

    private void set(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    private void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Six months of 2021 at 100,000 USD of HS 2713 from China, then July at ten times that: one TRADE-001 surge. */
    private static String surgeSeries() {
        StringBuilder json = new StringBuilder("[");
        for (int month = 1; month <= 7; month++) {
            json.append(month == 1 ? "" : ",").append("""
                    {"type":"TRADE_FLOW","reporter":"CHN","partner":"PRK","flow":"EXPORT","commodity":"2713",
                     "period":"2021-%02d","valueUsd":%d,
                     "source":{"name":"Synthetic trade series","reliability":"B","credibility":2}}
                    """.formatted(month, month == 7 ? 1_000_000 : 100_000));
        }
        return json.append("]").toString();
    }
}
