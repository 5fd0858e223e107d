package org.sanctionswatch.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.ObservationType;
import org.sanctionswatch.fact.TradeFlow;
import org.sanctionswatch.parameters.ParameterFiles;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.rules.RuleBaseBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The benchmark harness's own parts, whose figures mean something only if they hold: the generator is deterministic
 * and writes what the service accepts, the SQL peer flags the flows TRADE-001 finds, and the PostgreSQL floor's COPY
 * text keeps every value intact.
 */
class BenchHarnessTests {

    @TempDir
    Path dir;

    private final ParameterSet parameters = ParameterFiles.read(Path.of("rules/parameters.json"));

    @Test
    void theSameSeedWritesTheSameRowsAndAnotherSeedOthers() throws Exception {
        byte[] first = Files.readAllBytes(SyntheticData.trade(dir.resolve("a.csv"), 3_000, 42));
        byte[] again = Files.readAllBytes(SyntheticData.trade(dir.resolve("b.csv"), 3_000, 42));
        byte[] other = Files.readAllBytes(SyntheticData.trade(dir.resolve("c.csv"), 3_000, 43));

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(Files.readAllLines(dir.resolve("a.csv"))).hasSize(3_001); // a header, then the rows asked for
        assertThat(Files.readAllBytes(SyntheticData.events(dir.resolve("e1.ndjson"), 500, 7)))
                .isEqualTo(Files.readAllBytes(SyntheticData.events(dir.resolve("e2.ndjson"), 500, 7)));
    }

    @Test
    void everyGeneratedTradeRowIsAcceptedWithADistinctId() throws Exception {
        // parse refuses a file with any bad row, naming the first ones.
        List<Prepared> rows = ImportBench.parse(List.of(SyntheticData.trade(dir.resolve("t.csv"), 20_000, 42)),
                parameters);

        assertThat(rows).hasSize(20_000);
        assertThat(rows.stream().map(p -> p.observation().id()).distinct()).hasSize(20_000);
        assertThat(rows).allSatisfy(p -> assertThat(p.observation().type()).isEqualTo(ObservationType.TRADE_FLOW));
    }

    @Test
    void everyGeneratedEventIsReadWithoutAProblem() throws Exception {
        ObservationReader reader = new ObservationReader(Set.of("DPRK-RUSSIA"));
        List<String> problems = new ArrayList<>();
        Set<ObservationType> types = new HashSet<>();
        for (String line : Files.readAllLines(SyntheticData.events(dir.resolve("e.ndjson"), 400, 7))) {
            JsonNode node = ImportBench.JSON.readTree(line);
            var o = reader.read(node, (field, value, reason) -> problems.add(field + ": " + reason));
            if (o != null) {
                types.add(o.type());
            }
        }

        assertThat(problems).isEmpty();
        assertThat(types).containsExactlyInAnyOrder(ObservationType.RAIL_TRAFFIC, ObservationType.PORT_CALL,
                ObservationType.TROOP_DEPLOYMENT, ObservationType.MUNITIONS_TRANSFER);
    }

    /** The backtest is timed against the peer: the comparison holds only while both judge alike. */
    @Test
    void theSqlPeerFlagsTheFlowsTradeRuleFinds() throws Exception {
        List<Prepared> rows = ImportBench.parse(List.of(SyntheticData.trade(dir.resolve("t.csv"), 100_000, 42)),
                parameters);
        Map<String, TradeFlow> byId = new HashMap<>();
        rows.forEach(p -> byId.put(p.observation().id(), (TradeFlow) p.observation()));
        Set<String> found = new HashSet<>();
        for (Finding f : ImportBench.findings(RuleBaseBuilder.build(Path.of("rules")), parameters, rows)) {
            if (f.ruleId().equals("TRADE-001")) {
                // The flow judged is the evidence's latest; the rest is its baseline.
                TradeFlow judged = f.evidence().stream().map(byId::get)
                        .max(Comparator.comparingInt(TradeFlow::periodIndex)).orElseThrow();
                found.add(PerformanceBench.flagged(judged.reporter(), judged.partner(), judged.flow(),
                        judged.commodity(), judged.monthly(), judged.periodIndex()));
            }
        }

        PerformanceBench.SqlPeer peer = PerformanceBench.sqlWindow(dir.resolve("peer"), rows, parameters);

        assertThat(found).hasSizeGreaterThanOrEqualTo(5); // one series in 50 surges; a tenth of the series are watched
        assertThat(peer.flagged()).isEqualTo(found);
    }

    @Test
    void copyTextEscapesWhatWouldEndAFieldOrARow() throws Exception {
        StringWriter out = new StringWriter();
        PostgresBench.text(out, "a\tb\nc\\d\re {\"x\":\"é\"}");
        out.append('|');
        PostgresBench.text(out, null);

        assertThat(out).hasToString("a\\tb\\nc\\\\d\\re {\"x\":\"é\"}|\\N");
    }
}
