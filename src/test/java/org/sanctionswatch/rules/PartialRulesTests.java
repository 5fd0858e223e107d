package org.sanctionswatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sanctionswatch.fact.ClosedAlert;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.TradeFlow;
import org.sanctionswatch.fact.WatchedCommodity;
import org.sanctionswatch.observation.ObservationFiles;
import org.sanctionswatch.observation.SyntheticData;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.parameters.ParameterSpec;

/**
 * A backtest that judges only the rule groups a change touches, taking the others' findings from the judgement
 * with the current parameters, finds what judging every group finds: for a change of each parameter and of the
 * watchlist, on the seeds, the trade fixture and synthetic trade and event reports.
 */
class PartialRulesTests {

    private static final Map<String, String> DRL = RuleBaseBuilder.readFolder(Path.of("rules"));
    private static final CompiledRules WHOLE = RuleBaseBuilder.build(DRL);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final PartialRules PARTIAL = new PartialRules();
    private static final Set<String> NOTHING = Set.of();

    @TempDir
    static Path dir;

    private static List<Observation> observations;
    private static Map<String, List<Object>> reference;
    private static RuleEvaluator.Judged judged;
    private static final Set<String> CHANGING = new java.util.concurrent.ConcurrentSkipListSet<>();

    @BeforeAll
    static void judgeWithTheCurrentParameters() throws IOException {
        ParameterSet defaults = RulesHarness.defaults();
        observations = new ArrayList<>();
        observations.addAll(ObservationFiles.read(Path.of("seeds/dprk-russia.json"), defaults));
        observations.addAll(ObservationFiles.read(Path.of("fixtures/trade/hs2713-chn-prk-monthly-synthetic.csv"),
                defaults));
        observations.addAll(ObservationFiles.read(SyntheticData.trade(dir.resolve("trade.csv"), 3_000, 7), defaults));
        observations.addAll(ObservationFiles.read(SyntheticData.events(dir.resolve("events.ndjson"), 600, 7),
                defaults));
        // A reporter silent after fifteen months, mirror statistics far apart, a listed vessel at a watched port.
        for (int i = 0; i < 15; i++) {
            int index = 2023 * 12 + i;
            observations.add(Facts.monthly("MNG", "PRK", "EXPORT", TradeFlow.TOTAL, index / 12, index % 12 + 1,
                    100_000_000));
        }
        observations.add(Facts.monthly("VNM", "PRK", "EXPORT", "2713", 2024, 6, 1_000_000));
        observations.add(Facts.monthly("PRK", "VNM", "IMPORT", "2713", 2024, 6, 400_000));
        observations.add(Facts.portCall("Lady R", "9161003", "Vostochny", Facts.day("2024-10-01")));
        List<Object> vessels = List.of(Facts.listed("OFAC_SDN", "37095", "LADY R", "9161003"));
        // Someone dismissed the alert of one surge: it weighs nothing in the escalation level on either side.
        String dismissed = RuleEvaluator.judge(WHOLE, defaults, observations::forEach, Map.of("vessels", vessels),
                TODAY).findings().keySet().stream().filter(k -> k.startsWith("TRADE-001|")).sorted().findFirst()
                .orElseThrow();
        reference = Map.of("vessels", vessels, "closed", List.of(new ClosedAlert(dismissed, "DISMISSED")));
        judged = RuleEvaluator.judge(WHOLE, defaults, observations::forEach, reference, TODAY);
        Set<String> ruleIds = new TreeSet<>();
        judged.every().forEach(f -> ruleIds.add(f.ruleId()));
        assertThat(ruleIds).as("the data gives every kind of rule something to find").contains("TRADE-001",
                "TRADE-002", "TRADE-004", "TRADE-005", "LOG-001", "LOG-002", "MIL-001", "MIL-004", "MIL-005",
                "DIP-001", "ESC-001");
    }

    /** Each parameter changed to another value in its range, or its text to another text. */
    static Stream<ParameterSet> everyParameterChanged() {
        ParameterSet defaults = RulesHarness.defaults();
        List<ParameterSet> changed = new ArrayList<>();
        for (ParameterSpec p : defaults.parameters()) {
            if (p.type().equals("grade")) {
                changed.add(defaults.withText(p.key(), "B2"));
            } else if (p.number() != null) {
                double max = p.max() == null ? p.number() * 2 + 1 : p.max();
                double min = p.min() == null ? 0 : p.min();
                double up = p.number() + Math.max(1, (max - p.number()) / 4);
                double value = up <= max ? up : p.number() - Math.max(1, (p.number() - min) / 4);
                changed.add(defaults.withNumber(p.key(), p.type().equals("integer") ? Math.round(value) : value));
            } else {
                String text = p.text();
                changed.add(defaults.withText(p.key(), text.contains(";") ? text.substring(text.indexOf(';') + 1)
                        : text + " (changed)"));
            }
        }
        return changed.stream();
    }

    @ParameterizedTest
    @MethodSource("everyParameterChanged")
    void judgingOnlyTheGroupsAChangeTouchesFindsWhatJudgingEveryGroupFinds(ParameterSet candidate) {
        Set<String> keys = new TreeSet<>();
        candidate.byKey().forEach((key, spec) -> {
            if (!spec.equals(RulesHarness.defaults().byKey().get(key))) {
                keys.add(key);
            }
        });
        assertThat(keys).hasSize(1);

        if (!assertPartialFindsWhatWholeFinds(candidate, keys, NOTHING).equals(judged.findings())) {
            CHANGING.addAll(keys);
        }
    }

    @AfterAll
    static void manyOfTheChangesChangeWhatIsFound() {
        // Otherwise the comparisons above could hardly fail. Keys read by no rule, or whose new value finds the
        // same on this data, change nothing.
        assertThat(CHANGING).as("parameters whose change changes the findings").hasSizeGreaterThan(25)
                .contains("TRADE-001.ratio", "TRADE-002.divergence", "TRADE-004.silentMonths", "TRADE-005.ratio",
                        "LOG-001.ratio", "MIL-004.threshold.ROUNDS", "DIP-001.kinds", "ESC-001.band1");
    }

    @Test
    void aChangedWatchlistIsJudgedByTheGroupsThatReadIt() {
        ParameterSet defaults = RulesHarness.defaults();
        List<WatchedCommodity> shorter = defaults.watchlist().subList(1, defaults.watchlist().size());
        assertPartialFindsWhatWholeFinds(defaults.withWatchlist(shorter), NOTHING, Set.of("WatchedCommodity"));

        assertThat(RuleGroups.of(DRL).unaffectedBy(NOTHING, Set.of("WatchedCommodity")))
                .doesNotContain("TRADE-001", "TRADE-002", "THEATRE-001", "ESC-001", "SAN-001")
                .contains("TRADE-004", "MIL-001");
    }

    @Test
    void aSurgeRatioLeavesOutEveryGroupButTheSurgeAndTheMeasuresThatWeighFindings() {
        RuleGroups groups = RuleGroups.of(DRL);
        Set<String> expected = new TreeSet<>(groups.ids());
        // MIL-004 reads its episodes through "from", which the reading does not see into: it is always judged
        expected.removeAll(Set.of("TRADE-001", "THEATRE-001", "ESC-001", "SAN-001", "MIL-004"));

        assertThat(groups.unaffectedBy(Set.of("TRADE-001.ratio"), NOTHING)).isEqualTo(expected);
        assertThat(groups.unaffectedBy(Set.of("ESC-001.band2"), NOTHING)).doesNotContain("ESC-001")
                .contains("TRADE-001");
        Map<String, String> rest = groups.without(expected);
        assertThat(RuleBaseBuilder.build(rest).ruleNames()).allMatch(n -> n.startsWith("TRADE-001 ")
                || n.startsWith("THEATRE-001 ") || n.startsWith("ESC-001 ") || n.startsWith("SAN-001 ")
                || n.startsWith("MIL-004 "));
        assertThat(rest.get("trade/surge.drl").lines().count()).as("lines kept for error positions")
                .isEqualTo(DRL.get("trade/surge.drl").lines().count());
    }

    private static String rule(String name, String when, String then) {
        return "rule \"" + name + "\"\nwhen\n    " + when + "\nthen\n    " + then + "\nend\n";
    }

    @Test
    void aGroupIsKeptInWhenTheReadingCannotVouchForIt() {
        String head = "package p;\nimport org.sanctionswatch.fact.*;\n";
        String surge = rule("A-1 surge", "Param(key == \"A-1.ratio\", $r : number)\n    $t : TradeFlow()",
                "insertLogical(Finding.of(\"A-1\", \"C\", \"LOW\", null, \"k\", \"t\", \"e\", $t));");
        Set<String> change = Set.of("Z-9.other");

        String counted = rule("H-1 count", "$n : Number(intValue > 1) from accumulate(TradeFlow(), count(1))",
                "insertLogical(Finding.of(\"H-1\", \"C\", \"LOW\", null, \"k\", \"t\", \"e\", null));");
        assertThat(RuleGroups.of(Map.of("a.drl", head + surge + counted)).unaffectedBy(change, NOTHING))
                .containsExactly("A-1", "H-1");
        // reads findings
        assertThat(RuleGroups.of(Map.of("a.drl", head + surge + rule("B-1 x", "Finding()", "insertLogical("
                + "Finding.of(\"B-1\", \"C\", \"LOW\", null, \"k\", \"t\", \"e\", null));")))
                .unaffectedBy(change, NOTHING)).containsExactly("A-1");
        // inserts a finding under another group's id
        assertThat(RuleGroups.of(Map.of("a.drl", head + rule("C-1 x", "$t : TradeFlow()", "insertLogical("
                + "Finding.of(\"A-1\", \"C\", \"LOW\", null, \"k\", \"t\", \"e\", $t));")))
                .unaffectedBy(change, NOTHING)).isEmpty();
        // inserts a fact another group reads: the reader and the writer both stay in
        assertThat(RuleGroups.of(Map.of("a.drl", head + surge
                + rule("D-1 x", "$t : TradeFlow()",
                        "insertLogical(new Placement(\"X\", null, null, null, java.util.List.of(), null));")
                + rule("E-1 x", "Placement()", "insertLogical(Finding.of(\"E-1\", \"C\", \"LOW\", null, "
                        + "\"k\", \"t\", \"e\", null));"))).unaffectedBy(change, NOTHING)).containsExactly("A-1");
        // a rule that modifies a fact, or one the parser rejects, leaves no group out at all
        RuleGroups modifying = RuleGroups.of(Map.of("a.drl", head + surge + rule("F-1 x", "$t : TradeFlow()",
                "modify($t) {};")));
        assertThat(modifying.unaffectedBy(change, NOTHING)).isEmpty();
        assertThat(modifying.defeated()).contains("F-1 x", "a.drl");
        assertThat(RuleGroups.of(DRL).defeated()).isNull();
        assertThat(RuleGroups.of(Map.of("a.drl", head + surge, "b.drl", "rule \"G-1\" when then"))
                .unaffectedBy(change, NOTHING)).isEmpty();
        // a rule whose firing is tied to another's, or that extends another, is not read
        assertThat(RuleGroups.of(Map.of("a.drl", head + surge + "rule \"J-1 x\" activation-group \"g\"\nwhen\n"
                + "    TradeFlow()\nthen\nend\n")).unaffectedBy(change, NOTHING)).isEmpty();
        assertThat(RuleGroups.of(Map.of("a.drl", head + surge + "rule \"L-1 x\" extends \"A-1 surge\"\nwhen\n"
                + "    TradeFlow()\nthen\nend\n")).unaffectedBy(change, NOTHING)).containsExactly("A-1");
        // a change of the parameter it reads, or of a type it reads
        assertThat(RuleGroups.of(Map.of("a.drl", head + surge)).unaffectedBy(Set.of("A-1.ratio"), NOTHING)).isEmpty();
        assertThat(RuleGroups.of(Map.of("a.drl", head + surge)).unaffectedBy(change, Set.of("TradeFlow"))).isEmpty();
    }

    private static final String HEAD = "package p;\nimport org.sanctionswatch.fact.*;\n";
    private static final String SURGE = rule("A-1 surge", "$t : TradeFlow()", "insertLogical(Finding.of(\"A-1\", "
            + "\"CONTEXT\", \"LOW\", $t.theatre(), $t.id(), \"t\", \"e\", java.util.List.of($t)));");

    /** A-1 is left out by the reading; what the other rule derives sends the candidate back to a whole judgement. */
    private static void assertJudgedWholeWith(String other) {
        Map<String, String> drl = Map.of("a.drl", HEAD + SURGE + other);
        CompiledRules whole = RuleBaseBuilder.build(drl);
        PartialRules.Partial partial = new PartialRules().forChange(whole, drl, NOTHING, NOTHING).orElseThrow();
        assertThat(partial.leftOut()).contains("A-1");
        List<Observation> one = List.of(Facts.monthly("CHN", "PRK", "EXPORT", "2713", 2024, 1, 1_000));
        ParameterSet parameters = RulesHarness.defaults();
        RuleEvaluator.Judged current = RuleEvaluator.judge(whole, parameters, one::forEach, Map.of(), TODAY);

        RuleEvaluator.Judged candidate = RuleEvaluator.judgePartly(partial, whole, parameters, one::forEach, Map.of(),
                TODAY, () -> current);

        assertThat(candidate.groups()).isEqualTo(whole.groups());
        assertThat(candidate.findings()).isEqualTo(current.findings());
    }

    @Test
    void aRuleThatDerivesAFactOfATypeTheEngineInsertsSendsTheJudgementBackToTheWholeRuleBase() {
        // the reading cannot see the type behind a cast
        assertJudgedWholeWith(rule("X-1 clock", "$t : TradeFlow()",
                "insertLogical((Object) new Today($t.eventDate()));"));
    }

    @Test
    void aRuleThatDerivesFindingsUnderALeftOutGroupsIdSendsTheJudgementBackToTheWholeRuleBase() {
        assertJudgedWholeWith(rule("C-1 copy", "$t : TradeFlow()", "insertLogical(Finding.of(String.valueOf(\"A-1\"), "
                + "\"CONTEXT\", \"LOW\", $t.theatre(), $t.id() + \"-c\", \"t\", \"e\", java.util.List.of($t)));"));
    }

    @Test
    void aFactALeftOutGroupReadsDerivedByAnotherGroupSendsTheJudgementBackToTheWholeRuleBase() {
        // B-1 derives and reads its periods; K-1 derives one too, through a function the reading cannot see into.
        String periods = rule("B-1 period", "$t : TradeFlow()", "insertLogical(new Placement("
                + "$t.reporter(), null, null, null, java.util.List.of(), null));")
                + rule("B-1 silent", "$p : Placement(theatre == \"K\")", "insertLogical(Finding.of(\"B-1\", "
                        + "\"CONTEXT\", \"LOW\", null, \"k\", \"t\", \"e\", java.util.List.of()));")
                + "function Object periodOf(TradeFlow t) {\n"
                + "    return new Placement(\"K\", null, null, null, java.util.List.of(), null);\n}\n"
                + rule("K-1 period", "$t : TradeFlow()", "insertLogical(periodOf($t));");
        assertThat(RuleGroups.of(Map.of("a.drl", HEAD + SURGE + periods)).unaffectedBy(NOTHING, NOTHING))
                .contains("A-1", "B-1");
        assertJudgedWholeWith(periods);
        // Named in the other group's consequence, the type keeps the reader in from the start.
        assertThat(RuleGroups.of(Map.of("a.drl", HEAD + SURGE + periods.replace("insertLogical(periodOf($t))",
                "insertLogical((Placement) periodOf($t))"))).unaffectedBy(NOTHING, NOTHING))
                .contains("A-1").doesNotContain("B-1");
    }

    /** Judges the candidate whole and partly, asserts the two agree, and gives the whole judgement's findings. */
    private static Map<String, Finding> assertPartialFindsWhatWholeFinds(ParameterSet candidate, Set<String> keys,
            Set<String> types) {
        Map<String, Finding> whole = RuleEvaluator.evaluate(WHOLE, candidate, observations::forEach, reference,
                TODAY);
        Optional<PartialRules.Partial> partial = PARTIAL.forChange(WHOLE, DRL, keys, types);
        assertThat(partial).as("some groups are left out").isPresent();
        RuleEvaluator.Judged partly = RuleEvaluator.judgePartly(partial.get(), WHOLE, candidate,
                observations::forEach, reference, TODAY, () -> judged);

        assertThat(partly.groups()).as("judged partly, not sent back to the whole rule base")
                .doesNotContainAnyElementsOf(partial.get().leftOut());
        assertThat(new TreeSet<>(partly.findings().keySet())).isEqualTo(new TreeSet<>(whole.keySet()));
        assertThat(partly.findings()).isEqualTo(new HashMap<>(whole));
        return whole;
    }
}
