package org.sanctionswatch.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionswatch.e2e.RunningService;

/** Keys made on the command line, with the service stopped, open the service once it runs. */
class KeyCommandTests {

    @TempDir
    Path data;

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = KeyCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void createsListsAndRevokesKeysThatTheServiceHonours() {
        String key = run("create", "--name", "loader", "--roles", "INGEST,VIEWER", "--data-dir", data.toString());
        assertThat(key).startsWith("sw_");
        assertThat(run("list", "--data-dir", data.toString())).contains("loader", "INGEST,VIEWER", "active")
                .doesNotContain(key);
        try (RunningService service = RunningService.start(data, "sanctionswatch.seeds.enabled=false")) {
            assertThat(service.as(key).get("/api/alerts").status()).isEqualTo(200);
            assertThat(service.as(key).get("/api/keys").status()).isEqualTo(403);
        }
        run("revoke", "1", "--data-dir", data.toString());
        try (RunningService service = RunningService.start(data, "sanctionswatch.seeds.enabled=false")) {
            assertThat(service.as(key).get("/api/alerts").status()).isEqualTo(401);
        }
    }
}
