package org.sanctionswatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionswatch.security.Role;

/**
 * Every endpoint with every role and with no credentials: the public ones answer anyone, the others 401 without
 * credentials, 403 for a role that may not, and anything but 401/403 for one that may (bodies are invalid on purpose,
 * so that allowed writes change nothing).
 */
class SecurityMatrixTests {

    @TempDir
    static Path data;
    static RunningService admin;
    static final Map<Role, String> KEYS = new EnumMap<>(Role.class);

    @BeforeAll
    static void start() {
        admin = RunningService.start(data, "sanctionswatch.seeds.enabled=false");
        for (Role role : Role.values()) {
            var created = admin.post("/api/keys", "application/json", HttpRequest.BodyPublishers.ofString(
                    "{\"name\": \"" + role + " key\", \"roles\": [\"" + role + "\"]}"));
            assertThat(created.status()).isEqualTo(201);
            KEYS.put(role, created.body().get("key").asString());
        }
    }

    @AfterAll
    static void stop() {
        admin.close();
    }

    record Call(String method, String path, String body, Set<Role> allowed) {
    }

    static final Set<Role> ANYONE = Set.of(Role.values());
    static final Set<Role> READERS = Set.of(Role.VIEWER, Role.ANALYST, Role.ADMIN);
    static final Set<Role> LOADERS = Set.of(Role.INGEST, Role.ADMIN);
    static final Set<Role> ANALYSTS = Set.of(Role.ANALYST, Role.ADMIN);
    static final Set<Role> ADMINS = Set.of(Role.ADMIN);

    static final List<Call> CALLS = List.of(
            new Call("GET", "/api/alerts", null, READERS),
            new Call("GET", "/api/alerts/999", null, READERS),
            new Call("GET", "/api/alerts/999/events", null, READERS),
            new Call("POST", "/api/alerts/999/acknowledge", "{}", ANALYSTS),
            new Call("GET", "/api/snoozes", null, READERS),
            new Call("POST", "/api/snoozes", "{}", ANALYSTS),
            new Call("DELETE", "/api/snoozes/999", null, ANALYSTS),
            new Call("GET", "/api/subscriptions", null, ADMINS),
            new Call("POST", "/api/subscriptions", "{}", ADMINS),
            new Call("GET", "/api/subscriptions/999/deliveries", null, ADMINS),
            new Call("DELETE", "/api/subscriptions/999", null, ADMINS),
            new Call("GET", "/api/escalation", null, READERS),
            new Call("GET", "/api/escalation/DPRK-RUSSIA", null, READERS),
            new Call("GET", "/api/observations/counts", null, READERS),
            new Call("GET", "/api/observations/none", null, READERS),
            new Call("GET", "/api/subscriptions/999", null, ADMINS),
            new Call("GET", "/api/observations", null, READERS),
            new Call("GET", "/api/observations/none/versions", null, READERS),
            new Call("GET", "/api/rules", null, READERS),
            new Call("GET", "/api/parameters", null, READERS),
            new Call("GET", "/api/parameters/export", null, READERS),
            new Call("GET", "/api/rulesets", null, READERS),
            new Call("GET", "/api/rulesets/1", null, READERS),
            new Call("GET", "/api/watchlists", null, READERS),
            new Call("GET", "/api/watchlists/entries?imo=9161003", null, READERS),
            new Call("GET", "/api/screen?name=LADY%20R", null, READERS),
            new Call("GET", "/api/escalation/DPRK-RUSSIA/history?from=2024-01-01&to=2024-12-01", null, READERS),
            new Call("POST", "/api/observations", "[{\"type\": \"NOPE\"}]", LOADERS),
            new Call("POST", "/api/observations/import", "not,a,known,header\n", LOADERS),
            new Call("POST", "/api/watchlists/import", "", LOADERS),
            new Call("PATCH", "/api/parameters", "{\"parameters\": {\"TRADE-001.ratio\": -1}}", ANALYSTS),
            new Call("PUT", "/api/parameters", "{}", ANALYSTS),
            new Call("POST", "/api/backtests", "{\"from\": \"not a date\"}", ANALYSTS),
            new Call("POST", "/api/rulesets/999/rollback", "{}", ANALYSTS),
            new Call("POST", "/api/rulesets/reload", "{\"comment\": \"matrix\"}", ADMINS),
            new Call("GET", "/api/keys", null, ADMINS),
            new Call("POST", "/api/keys", "{\"name\": \"\", \"roles\": []}", ADMINS),
            new Call("DELETE", "/api/keys/999", null, ADMINS),
            new Call("GET", "/api/audit", null, ADMINS),
            new Call("GET", "/api/alerts/999/series", null, READERS),
            new Call("GET", "/api/people", null, ADMINS),
            new Call("POST", "/api/people", "{}", ADMINS),
            new Call("PATCH", "/api/people/nobody", "{}", ADMINS),
            // a key is nobody's account: allowed through, then not found
            new Call("POST", "/api/account/password", "{}", ANYONE),
            new Call("GET", "/actuator/metrics", null, ADMINS),
            new Call("GET", "/actuator/health", null, null),
            new Call("GET", "/v3/api-docs", null, null));

    private static int status(RunningService as, Call call) {
        String type = call.path().contains("import") ? "text/csv" : "application/json";
        if (call.method().equals("GET")) {
            return as.get(call.path()).status();
        }
        if (call.method().equals("POST")) {
            return as.post(call.path(), type, HttpRequest.BodyPublishers.ofString(call.body())).status();
        }
        return as.send(call.method(), call.path(), call.body() == null ? "" : call.body()).status();
    }

    /**
     * Every request mapping of the service's own controllers, as "METHOD /path/{var}": read from the running
     * service, so that an endpoint added without a line in {@link #CALLS} fails the test. The workbench's pages are
     * walked by {@code WorkbenchSecurityTests}, which checks the same for them.
     */
    static List<String> mappings(RunningService service, java.util.function.Predicate<Class<?>> controllers) {
        var handlers = service.bean("requestMappingHandlerMapping",
                org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping.class)
                .getHandlerMethods();
        List<String> out = new ArrayList<>();
        handlers.forEach((info, method) -> {
            if (!method.getBeanType().getName().startsWith("org.sanctionswatch.")
                    || !controllers.test(method.getBeanType())) {
                return;
            }
            for (String pattern : info.getPatternValues()) {
                for (var m : info.getMethodsCondition().getMethods()) {
                    out.add(m.name() + " " + pattern);
                }
            }
        });
        return out;
    }

    /** Whether a concrete call (its query left out) is one of a mapping's requests. */
    static boolean covers(String mapping, String method, String path) {
        String[] parts = mapping.split(" ", 2);
        String regex = parts[1].replaceAll("\\{[^}]+}", "[^/]+");
        return parts[0].equals(method) && path.split("\\?")[0].matches(regex);
    }

    @Test
    void everyMappingOfTheServiceIsInTheMatrix() {
        List<String> missing = mappings(admin, type -> !type.getSimpleName().equals("WorkbenchController")).stream()
                .filter(m -> CALLS.stream().noneMatch(c -> covers(m, c.method(), c.path())))
                .filter(m -> !m.equals("GET /api/alerts/stream"))
                .sorted().toList();
        assertThat(missing).as("endpoints without a line in CALLS (the stream has a test of its own)").isEmpty();
    }

    @Test
    void everyEndpointAnswersEveryRoleAsDocumented() {
        List<String> wrong = new ArrayList<>();
        for (Call call : CALLS) {
            int anonymous = status(admin.as(null), call);
            if (call.allowed() == null) {
                if (anonymous != 200) {
                    wrong.add(call + " without credentials: " + anonymous);
                }
                continue;
            }
            if (anonymous != 401) {
                wrong.add(call + " without credentials: " + anonymous + " instead of 401");
            }
            for (Role role : Role.values()) {
                int got = status(admin.as(KEYS.get(role)), call);
                boolean allowed = call.allowed().contains(role);
                if (allowed && (got == 401 || got == 403)) {
                    wrong.add(call.method() + " " + call.path() + " as " + role + ": " + got + " but allowed");
                }
                if (got >= 500) {
                    wrong.add(call.method() + " " + call.path() + " as " + role + ": " + got);
                }
                if (!allowed && got != 403) {
                    wrong.add(call.method() + " " + call.path() + " as " + role + ": " + got + " instead of 403");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void answersProblemDetailsForMissingBadAndRevokedKeys() {
        RunningService.Answer none = admin.as(null).get("/api/alerts");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.contentType()).startsWith("application/problem+json");
        assertThat(admin.as("sw_not-a-key").get("/api/alerts").status()).isEqualTo(401);

        var created = admin.post("/api/keys", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"name\": \"short-lived\", \"roles\": [\"VIEWER\"]}")).body();
        String key = created.get("key").asString();
        assertThat(admin.as(key).get("/api/alerts").status()).isEqualTo(200);
        assertThat(admin.send("DELETE", "/api/keys/" + created.get("info").get("id").asLong(), "").status())
                .isEqualTo(204);
        assertThat(admin.as(key).get("/api/alerts").status()).isEqualTo(401);
        assertThat(admin.get("/api/audit").body().toString()).contains("KEY_CREATED", "KEY_REVOKED");
        assertThat(admin.get("/api/keys").body().toString()).doesNotContain(key);
    }

    @Test
    void streamsAlertsToReadersOnly() {
        assertThat(SseClient.open(admin.as(null), "/api/alerts/stream", null).status()).isEqualTo(401);
        assertThat(SseClient.open(admin.as(KEYS.get(Role.INGEST)), "/api/alerts/stream", null).status())
                .isEqualTo(403);
        try (SseClient viewer = SseClient.open(admin.as(KEYS.get(Role.VIEWER)), "/api/alerts/stream", null)) {
            assertThat(viewer.status()).isEqualTo(200);
        }
    }

    @Test
    void onlyAdministratorsBacktestCandidateDrl() {
        String body = "{\"drl\": {\"x.drl\": \"package x;\"}}";
        assertThat(admin.as(KEYS.get(Role.ANALYST)).post("/api/backtests", "application/json",
                HttpRequest.BodyPublishers.ofString(body)).status()).isEqualTo(403);
    }
}
