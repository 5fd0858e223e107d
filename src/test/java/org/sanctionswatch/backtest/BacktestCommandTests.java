package org.sanctionswatch.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backtest command line on the real rules folder and the synthetic fixture, without a server. */
class BacktestCommandTests {

    static final String FIXTURE = "fixtures/trade/hs2713-chn-prk-monthly-synthetic.csv";

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BacktestCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void printsTheSurgesARaisedRatioWouldRemove() throws IOException {
        Path params = dir.resolve("ratio-5.json");
        Files.writeString(params, Files.readString(Path.of("rules/parameters.json"))
                .replaceFirst("(\"key\": \"TRADE-001.ratio\",\\s*\"value\": )2.0", "$15.0"));
        Run run = run("--rules", "rules", "--params", params.toString(), "--baseline-rules", "rules", "--data",
                FIXTURE, "--as-of", "2030-01-01");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("removed 2")
                .containsPattern("- TRADE-001 .* Surge in PRK imports of HS 2713 from CHN .* in 2024-08")
                .containsPattern("- TRADE-001 .* in 2024-09");
    }

    @Test
    void answersJsonWithTheCounts() {
        Run run = run("--data", FIXTURE, "--json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"onlyCandidate\"", "\"counts\"");
    }

    @Test
    void namesTheBadRowsOfADataFile() {
        Run run = run("--data", "fixtures/bad/comtrade-non-numeric-value.csv");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("line 4", "Trade Value (US$)", "must be a number");
    }

    @Test
    void refusesRulesThatDoNotCompile() throws IOException {
        Files.copy(Path.of("rules/parameters.json"), dir.resolve("parameters.json"));
        Files.writeString(dir.resolve("broken.drl"), "package broken;\nrule \"X-001 Broken\"\nwhen\n  Nope()\nthen\nend\n");
        Run run = run("--rules", dir.toString(), "--data", FIXTURE);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("broken.drl:4");
    }
}
