package org.sanctionswatch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every case of {@code fixtures/bad/cases.json} against the running service: the documented status, a body naming
 * the problem, nothing stored when refused, and the service healthy afterwards.
 */
class BadFixturesTests {

    static final Path DIR = Path.of("fixtures/bad");

    @TempDir
    static Path data;
    static RunningService service;

    @BeforeAll
    static void start() {
        // small limits, so that the cases over them are small files (fixtures/bad/make_cases.py says which)
        service = RunningService.start(data, "sanctionswatch.seeds.enabled=false",
                "sanctionswatch.limits.max-body-bytes=1048576", "sanctionswatch.limits.max-rows=5000");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : JsonMapper.builder().build().readTree(DIR.resolve("cases.json").toFile())) {
            out.add(Arguments.of(c.get("file").asString(), c));
        }
        return out.stream();
    }

    private static String state() {
        return service.get("/api/observations/counts").body().toString() + service.get("/api/watchlists").body();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void getsTheDocumentedAnswer(String file, JsonNode c) throws IOException {
        String before = state();
        RunningService.Answer answer = service.post(c.get("endpoint").asString(), c.get("contentType").asString(),
                HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(DIR.resolve(file))));
        String body = answer.body() == null ? "" : answer.body().toString();
        assertThat(answer.status()).as(file + ": " + body).isEqualTo(c.get("status").asInt());
        for (JsonNode text : c.get("contains")) {
            assertThat(body).as(file).contains(text.asString());
        }
        if (answer.status() != 200) {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(state()).as(file + " stored nothing").isEqualTo(before);
        }
    }

    @Test
    void theServiceStaysHealthy() {
        assertThat(service.as(null).get("/actuator/health").body().get("status").asString()).isEqualTo("UP");
    }

    @Test
    void holdsAtLeastFortyCases() throws IOException {
        assertThat(cases().count()).isGreaterThanOrEqualTo(40);
    }
}
