package org.sanctionswatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench's doors, over real HTTP with a cookie jar as a browser keeps one: the first administrator's
 * generated password, form sign-in, which pages each role may open, CSRF on every change a session makes, and no
 * session outliving its person's right (disabled, or roles taken away).
 */
class WorkbenchSecurityTests {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_TOKEN = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    @TempDir
    static Path data;
    static RunningService service;
    static String adminPassword;

    @BeforeAll
    static void start() throws IOException {
        service = RunningService.start(data, "sanctionswatch.seeds.enabled=false");
        adminPassword = Files.readString(data.resolve("initial-admin-password")).strip();
        for (String[] p : new String[][] {{"vera", "VIEWER"}, {"anna", "ANALYST"}, {"ivan", "INGEST"}}) {
            assertThat(service.send("POST", "/api/people", """
                    {"name": "%s", "password": "%s-password-1", "roles": ["%s"]}""".formatted(p[0], p[0], p[1]))
                    .status()).isEqualTo(201);
        }
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** A browser's session: its own cookie jar. */
    static final class Session {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).GET().build());
        }

        HttpResponse<String> form(String path, String token, String... pairs) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < pairs.length; i += 2) {
                body.append(i == 0 ? "" : "&").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
            }
            var b = HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
            if (token != null) {
                b.header("X-CSRF-TOKEN", token);
            }
            return send(b.build());
        }

        HttpResponse<String> json(String method, String path, String token, String json) {
            var b = HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).header("Content-Type",
                    "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            if (token != null) {
                b.header("X-CSRF-TOKEN", token);
            }
            return send(b.build());
        }

        /** The token a page carries for the calls it makes. */
        String token() {
            Matcher m = META_TOKEN.matcher(get("/account").body());
            assertThat(m.find()).as("the page carries a CSRF token").isTrue();
            return m.group(1);
        }

        HttpResponse<String> signIn(String name, String password) {
            Matcher m = FORM_TOKEN.matcher(get("/login").body());
            assertThat(m.find()).as("the sign-in form carries a CSRF token").isTrue();
            return form("/login", null, "username", name, "password", password, "_csrf", m.group(1));
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    static Session signedIn(String name, String password) {
        Session s = new Session();
        HttpResponse<String> answer = s.signIn(name, password);
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return s;
    }

    @Test
    void theFirstAdministratorsPasswordIsInAFileOnlyItsOwnerReads() throws IOException {
        Path file = data.resolve("initial-admin-password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(adminPassword).hasSizeGreaterThanOrEqualTo(20);
        assertThat(service.get("/api/people").body().toString()).doesNotContain(adminPassword)
                .doesNotContain("password");
    }

    @Test
    void aPageAsksWhoYouAreAndAWrongPasswordIsRefused() {
        Session s = new Session();
        HttpResponse<String> page = s.get("/alerts");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(s.signIn("admin", "not-the-password").headers().firstValue("Location").orElseThrow())
                .endsWith("/login?error");
        assertThat(s.get("/alerts").statusCode()).isEqualTo(302);
        Matcher m = FORM_TOKEN.matcher(s.get("/login").body());
        assertThat(m.find()).isTrue();
        assertThat(s.form("/login", null, "username", "admin", "password", adminPassword).statusCode())
                .as("signing in without the form's token").isEqualTo(403);
    }

    @Test
    void eachRoleOpensThePagesItMay() {
        List<String> readers = List.of("/theatres", "/theatres/DPRK-RUSSIA", "/alerts", "/alerts/rows", "/tuning",
                "/rulesets", "/lists", "/lists/entries?name=x", "/account");
        List<String> wrong = new ArrayList<>();
        Session admin = signedIn("admin", adminPassword);
        Session viewer = signedIn("vera", "vera-password-1");
        Session ingest = signedIn("ivan", "ivan-password-1");
        for (String page : readers) {
            expect(wrong, "admin", admin.get(page), 200, page);
            expect(wrong, "vera", viewer.get(page), 200, page);
            expect(wrong, "ivan", ingest.get(page), 403, page);
        }
        List<String> walked = new ArrayList<>(readers);
        walked.addAll(List.of("/people", "/login", "/", "/alerts/999"));
        List<String> missing = SecurityMatrixTests.mappings(service,
                type -> type.getSimpleName().equals("WorkbenchController")).stream()
                .filter(m -> m.startsWith("GET ") && walked.stream()
                        .noneMatch(page -> SecurityMatrixTests.covers(m, "GET", page)))
                .toList();
        assertThat(missing).as("pages this test does not walk").isEmpty();
        expect(wrong, "admin", admin.get("/alerts/999"), 404, "/alerts/999");
        expect(wrong, "ivan", ingest.get("/alerts/999"), 403, "/alerts/999");
        expect(wrong, "admin", admin.get("/people"), 200, "/people");
        expect(wrong, "vera", viewer.get("/people"), 403, "/people");
        expect(wrong, "vera", viewer.form("/tuning/preview", viewer.token(), "parameters.TRADE-001.ratio", "1.5"),
                403, "POST /tuning/preview");
        Session analyst = signedIn("anna", "anna-password-1");
        expect(wrong, "anna", analyst.form("/tuning/preview", analyst.token(), "parameters.TRADE-001.ratio", "1.5"),
                200, "POST /tuning/preview");
        expect(wrong, "anna", analyst.form("/tuning/preview", analyst.token(), "parameters.TRADE-001.ratio", "-1"),
                422, "POST /tuning/preview out of range");
        assertThat(wrong).isEmpty();
    }

    private static void expect(List<String> wrong, String who, HttpResponse<String> got, int status, String what) {
        if (got.statusCode() != status) {
            wrong.add(who + " " + what + ": " + got.statusCode() + " instead of " + status);
        }
    }

    @Test
    void aSessionsChangesNeedItsCsrfTokenWhileKeysNeedNone() {
        Session analyst = signedIn("anna", "anna-password-1");
        String body = "{\"comment\": \"csrf\", \"parameters\": {\"TRADE-001.ratio\": -1}}";
        HttpResponse<String> forged = analyst.json("PATCH", "/api/parameters", null, body);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("CSRF token");
        assertThat(analyst.json("PATCH", "/api/parameters", "not-the-token", body).statusCode()).isEqualTo(403);
        HttpResponse<String> blankKey = analyst.send(HttpRequest.newBuilder(URI.create(service.baseUrl()
                + "/api/parameters")).header("Content-Type", "application/json").header("X-API-Key", " ")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(blankKey.statusCode()).as("a blank key does not stand in for the token").isEqualTo(403);
        // with the token, the role decides and the body is judged: an out-of-range value
        assertThat(analyst.json("PATCH", "/api/parameters", analyst.token(), body).statusCode()).isEqualTo(422);
        assertThat(service.send("PATCH", "/api/parameters", body).status()).as("a key needs no token")
                .isEqualTo(422);
        Session viewer = signedIn("vera", "vera-password-1");
        assertThat(viewer.json("PATCH", "/api/parameters", viewer.token(), body).statusCode()).isEqualTo(403);
        assertThat(viewer.get("/api/alerts").statusCode()).as("a session reads the API").isEqualTo(200);
    }

    @Test
    void theatresAreEditedLikeTheListsThroughAPreviewAndAChange() {
        var theatres = service.get("/api/parameters").body().get("parameters").get("theatres");
        String renamed = theatres.toString().replace("\"name\":\"", "\"name\":\"Renamed: ");
        Session analyst = signedIn("anna", "anna-password-1");
        HttpResponse<String> preview = analyst.form("/tuning/preview", analyst.token(), "theatres", renamed);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("theatres: changed");
        HttpResponse<String> bad = analyst.form("/tuning/preview", analyst.token(), "theatres",
                "[{\"id\": \"lower case\", \"countries\": [\"XX\"]}]");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("theatres").contains("ISO alpha-3");

        var changed = service.send("PATCH", "/api/parameters", "{\"comment\": \"rename\", \"theatres\": " + renamed
                + "}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("diff").toString()).contains("theatre");
        assertThat(service.get("/api/parameters").body().get("parameters").get("theatres").toString())
                .contains("Renamed: ");
        assertThat(service.send("PATCH", "/api/parameters", "{\"comment\": \"back\", \"theatres\": "
                + theatres + "}").status()).isEqualTo(200);
    }

    @Test
    void machinesGetNoSession() {
        String basic = java.util.Base64.getEncoder().encodeToString(("admin:" + adminPassword)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> byBasic = new Session().send(HttpRequest.newBuilder(
                URI.create(service.baseUrl() + "/api/alerts")).header("Authorization", "Basic " + basic).GET().build());
        assertThat(byBasic.statusCode()).isEqualTo(200);
        assertThat(byBasic.headers().allValues("Set-Cookie")).isEmpty();
        HttpResponse<String> byKey = new Session().send(service.request("/api/alerts").GET().build());
        assertThat(byKey.statusCode()).isEqualTo(200);
        assertThat(byKey.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void noSessionOutlivesItsPersonsRight() {
        assertThat(service.send("POST", "/api/people", """
                {"name": "otto", "password": "otto-password-1", "roles": ["ANALYST"]}""").status()).isEqualTo(201);
        Session otto = signedIn("otto", "otto-password-1");
        assertThat(otto.get("/tuning").body()).contains("id=\"preview\"");
        assertThat(service.send("PATCH", "/api/people/otto", "{\"roles\": [\"VIEWER\"]}").status()).isEqualTo(200);
        assertThat(otto.get("/tuning").body()).as("roles taken away apply at once").doesNotContain("id=\"preview\"");
        assertThat(otto.form("/tuning/preview", otto.token(), "parameters.TRADE-001.ratio", "1.5").statusCode())
                .isEqualTo(403);

        assertThat(service.send("PATCH", "/api/people/otto", "{\"disabled\": true}").status()).isEqualTo(200);
        assertThat(otto.get("/alerts").statusCode()).as("a disabled person's session ends").isEqualTo(302);
        assertThat(otto.get("/api/alerts").statusCode()).isEqualTo(401);
        assertThat(new Session().signIn("otto", "otto-password-1").headers().firstValue("Location").orElseThrow())
                .endsWith("/login?error");
        assertThat(service.get("/api/audit").body().toString()).contains("PERSON_ROLES", "PERSON_DISABLED");
    }

    @Test
    void peopleChangeTheirOwnPassword() {
        Session anna = signedIn("anna", "anna-password-1");
        Session elsewhere = signedIn("anna", "anna-password-1");
        assertThat(elsewhere.get("/alerts").statusCode()).isEqualTo(200);
        assertThat(anna.json("POST", "/api/account/password", anna.token(),
                "{\"current\": \"wrong\", \"password\": \"anna-password-2\"}").statusCode()).isEqualTo(422);
        assertThat(anna.json("POST", "/api/account/password", anna.token(),
                "{\"current\": \"anna-password-1\", \"password\": \"short\"}").statusCode()).isEqualTo(422);
        assertThat(anna.json("POST", "/api/account/password", anna.token(),
                "{\"current\": \"anna-password-1\", \"password\": \"anna-password-2\"}").statusCode()).isEqualTo(204);
        assertThat(anna.get("/alerts").statusCode()).as("the session that changed it goes on").isEqualTo(200);
        assertThat(elsewhere.get("/alerts").statusCode()).as("another session of the old password ends")
                .isEqualTo(302);
        Session other = signedIn("anna", "anna-password-2");
        assertThat(service.send("PATCH", "/api/people/anna", "{\"password\": \"anna-password-1\"}").status())
                .isEqualTo(200);
        assertThat(other.get("/alerts").statusCode()).as("a reset ends the person's sessions").isEqualTo(302);
        assertThat(anna.get("/alerts").statusCode()).isEqualTo(302);

        assertThat(service.send("POST", "/api/people", """
                {"name": "anna", "password": "another-password", "roles": ["VIEWER"]}""").status()).isEqualTo(409);
        assertThat(service.send("POST", "/api/people", """
                {"name": "bad name!", "password": "x", "roles": []}""").body().get("errors").size()).isEqualTo(3);
    }
}
