package org.sanctionswatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * No access outlives its key: an open alert stream ends when its key is revoked or its person disabled or moved out
 * of the reading roles; the first start's key reaches the console only, never a log file; a configured key is long and
 * replaces the one configured before; the last administrator stays.
 */
class AccessEndsTests {

    static final String SEEDS_OFF = "sanctionswatch.seeds.enabled=false";

    @TempDir
    Path data;

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder stream(RunningService service, String authorization) {
        return HttpRequest.newBuilder(URI.create(service.baseUrl() + "/api/alerts/stream"))
                .header("Authorization", authorization);
    }

    @Test
    void aStreamEndsWhenItsKeyIsRevokedOrItsPersonLosesTheRight() throws Exception {
        try (RunningService service = RunningService.start(data, SEEDS_OFF)) {
            JsonNode created = service.send("POST", "/api/keys", "{\"name\": \"watcher\", \"roles\": [\"VIEWER\"]}")
                    .body();
            String key = created.get("key").asString();
            JsonNode other = service.send("POST", "/api/keys", "{\"name\": \"other\", \"roles\": [\"VIEWER\"]}")
                    .body();
            for (String[] p : new String[][] {{"sam", "VIEWER"}, {"tess", "ANALYST"}}) {
                assertThat(service.send("POST", "/api/people", """
                        {"name": "%s", "password": "%s-long-password", "roles": ["%s"]}""".formatted(p[0], p[0],
                        p[1])).status()).isEqualTo(201);
            }
            try (SseClient byKey = SseClient.open(stream(service, "Bearer " + key));
                    SseClient byOtherKey = SseClient.open(stream(service, "Bearer " + other.get("key").asString()));
                    SseClient sam = SseClient.open(stream(service, basic("sam", "sam-long-password")));
                    SseClient tess = SseClient.open(stream(service, basic("tess", "tess-long-password")))) {
                assertThat(byKey.status()).isEqualTo(200);
                assertThat(sam.status()).isEqualTo(200);

                assertThat(service.send("DELETE", "/api/keys/" + created.get("info").get("id").asLong(), "")
                        .status()).isEqualTo(204);
                assertThat(byKey.endsWithin(Duration.ofSeconds(5))).as("the revoked key's stream ends").isTrue();

                assertThat(service.send("PATCH", "/api/people/sam", "{\"disabled\": true}").status()).isEqualTo(200);
                assertThat(sam.endsWithin(Duration.ofSeconds(5))).as("a disabled person's stream ends").isTrue();

                assertThat(service.send("PATCH", "/api/people/tess", "{\"roles\": [\"INGEST\"]}").status())
                        .isEqualTo(200);
                assertThat(tess.endsWithin(Duration.ofSeconds(5))).as("a person no longer reading").isTrue();

                assertThat(byOtherKey.endsWithin(Duration.ofMillis(500))).as("other streams go on").isFalse();
            }
        }
    }

    @Test
    void theFirstStartsKeyGoesToTheConsoleOnlyNeverToALogFile() throws Exception {
        Path log = data.resolve("service.log");
        try (RunningService service = RunningService.start(data, SEEDS_OFF, "sanctionswatch.security.admin-key=",
                "logging.file.name=" + log)) {
            String password = Files.readString(data.resolve("initial-admin-password")).strip();
            JsonNode keys = service.send(service.request("/api/keys").header("Authorization", basic("admin",
                    password)).GET().build()).body();
            assertThat(keys.size()).isOne();
            String prefix = keys.get(0).get("prefix").asString();
            assertThat(prefix).startsWith("sw_");
            String written = Files.readString(log);
            assertThat(written).contains("First start: an administrator API key was generated");
            assertThat(written).as("the log file holds no part of the key").doesNotContain(prefix)
                    .doesNotContain(password);
        }
    }

    @Test
    void aConfiguredKeyIsLongAndReplacesTheOneConfiguredBefore() {
        String first = "configured-key-one-0123456789abcdef";
        String second = "configured-key-two-0123456789abcdef";
        try (RunningService service = RunningService.start(data, SEEDS_OFF,
                "sanctionswatch.security.admin-key=" + first)) {
            assertThat(service.get("/api/keys").status()).isEqualTo(200);
        }
        try (RunningService service = RunningService.start(data, SEEDS_OFF,
                "sanctionswatch.security.admin-key=" + second)) {
            assertThat(service.get("/api/keys").status()).isEqualTo(200);
            assertThat(service.as(first).get("/api/keys").status()).as("the old configured key").isEqualTo(401);
            assertThat(service.get("/api/audit").body().toString()).contains("replaced by the configured key");
        }
        assertThatThrownBy(() -> RunningService.start(data, SEEDS_OFF,
                "sanctionswatch.security.admin-key=short-key-0123456789abcdef"))
                .hasStackTraceContaining("at least 32 characters");
    }

    @Test
    void theLastAdministratorCannotBeRevoked() throws Exception {
        try (RunningService service = RunningService.start(data, SEEDS_OFF)) {
            assertThat(service.send("PATCH", "/api/people/admin", "{\"disabled\": true}").status()).isEqualTo(200);
            long id = service.get("/api/keys").body().get(0).get("id").asLong();
            RunningService.Answer refused = service.send("DELETE", "/api/keys/" + id, "");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.body().get("detail").asString()).contains("last active administrator");
            assertThat(service.get("/api/keys").status()).as("the key still opens the service").isEqualTo(200);
        }
    }
}
