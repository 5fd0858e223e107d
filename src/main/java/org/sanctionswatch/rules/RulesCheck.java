package org.sanctionswatch.rules;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sanctionswatch.fact.Placement;
import org.sanctionswatch.fact.Provisions;
import org.sanctionswatch.fact.ListedEntity;
import org.sanctionswatch.fact.ListedVessel;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.VesselNames;
import org.sanctionswatch.observation.ObservationFiles;
import org.sanctionswatch.parameters.ParameterFiles;
import org.sanctionswatch.parameters.ParameterSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a rules folder: it compiles; every rule's name starts with an id of the form AREA-123 and the ids are
 * unique; every parameter a rule reads is declared; every rule has a hit and a near-miss fixture
 * ({@code fixtures/rules/<ID>/hit.json} and {@code miss.json}) and they behave: the hit fires the rule, the near miss
 * does not.
 */
public final class RulesCheck {

    static final Pattern RULE_NAME = Pattern.compile("[A-Z]+-\\d{3} \\S.*");
    private static final Pattern PARAM_READ = Pattern.compile("Param\\s*\\(\\s*key\\s*==\\s*\\(?\\s*\"([^\"]+)\"(\\s*\\+)?");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RulesCheck() {
    }

    public static int run(String[] args, PrintStream out) {
        Path rules = Path.of(args.length > 0 ? args[0] : "rules");
        Path fixtures = Path.of(args.length > 1 ? args[1] : "fixtures/rules");
        List<String> problems = check(rules, fixtures);
        problems.forEach(p -> out.println("problem: " + p));
        out.println(problems.isEmpty() ? "rules folder " + rules + " is in order" : problems.size() + " problems");
        return problems.isEmpty() ? 0 : 1;
    }

    public static List<String> check(Path rulesDir, Path fixturesDir) {
        List<String> problems = new ArrayList<>();
        Map<String, String> drl = RuleBaseBuilder.readFolder(rulesDir);
        CompiledRules compiled;
        try {
            compiled = RuleBaseBuilder.build(drl);
        } catch (RuleCompilationException e) {
            e.problems().forEach(p -> problems.add(p.file() + ":" + p.line() + ":" + p.column() + " " + p.message()));
            return problems;
        }
        ParameterSet parameters = ParameterFiles.read(rulesDir.resolve("parameters.json"));
        // Several rules may share an id when they are variants of one indicator (annual and monthly, say).
        Set<String> ids = new TreeSet<>();
        for (String name : compiled.ruleNames()) {
            if (!RULE_NAME.matcher(name).matches()) {
                problems.add("rule \"" + name + "\" does not start with an id of the form AREA-123 and a sentence");
                continue;
            }
            ids.add(RuleBaseBuilder.ruleId(name));
        }
        drl.forEach((file, text) -> {
            Matcher m = PARAM_READ.matcher(text);
            while (m.find()) {
                String key = m.group(1);
                boolean prefix = m.group(2) != null;
                boolean declared = prefix ? parameters.byKey().keySet().stream().anyMatch(k -> k.startsWith(key))
                        : parameters.byKey().containsKey(key);
                if (!declared) {
                    problems.add(file + " reads parameter " + key + (prefix ? "…" : "")
                            + ", which parameters.json does not declare");
                }
            }
        });
        provisionProblems(drl, compiled, parameters, problems);
        for (String id : ids) {
            checkFixture(compiled, parameters, fixturesDir.resolve(id).resolve("hit.json"), id, true, problems);
            checkFixture(compiled, parameters, fixturesDir.resolve(id).resolve("miss.json"), id, false, problems);
        }
        return problems;
    }

    private static final Pattern RULE_TEXT = Pattern.compile("(?s)rule\\s+\"([^\"]+)\"(.*?)\\nend\\b");

    /**
     * Every rule that raises a sanctions concern cites its provisions, and every provision the parameters or the
     * watchlist name is in the table.
     */
    private static void provisionProblems(Map<String, String> drl, CompiledRules compiled, ParameterSet parameters,
            List<String> problems) {
        drl.forEach((file, text) -> {
            if (!file.endsWith(".drl")) {
                return;
            }
            Matcher rule = RULE_TEXT.matcher(text);
            while (rule.find()) {
                if (rule.group(2).contains("Finding.SANCTIONS_CONCERN") && !rule.group(2).contains(".withProvision(")) {
                    problems.add(file + ": rule \"" + rule.group(1) + "\" raises a sanctions concern without citing "
                            + "its provision (.withProvision(provisions.cite($provision)), with a <ID>.provision "
                            + "parameter naming entries of " + Provisions.FILE + ")");
                }
            }
        });
        Set<String> known = compiled.provisions().ids();
        parameters.parameters().stream().filter(p -> p.key().endsWith(".provision")).forEach(p -> Provisions
                .idsIn(p.text()).stream().filter(id -> !known.contains(id)).forEach(id -> problems.add(
                        "parameters.json: " + p.key() + " cites " + id + ", which " + Provisions.FILE + " lacks")));
        parameters.watchlist().forEach(w -> Provisions.idsIn(w.provision()).stream().filter(id -> !known.contains(id))
                .forEach(id -> problems.add("parameters.json: the watchlist entry " + w.hsPrefix() + " cites " + id
                        + ", which " + Provisions.FILE + " lacks")));
    }

    private static void checkFixture(CompiledRules rules, ParameterSet parameters, Path file, String id,
            boolean shouldFire, List<String> problems) {
        if (!Files.isRegularFile(file)) {
            problems.add(id + " has no " + (shouldFire ? "hit" : "near-miss") + " fixture " + file);
            return;
        }
        try {
            Fixture fixture = Fixture.read(file, parameters);
            RuleEvaluator.Judged judged = RuleEvaluator.judge(rules, parameters, fixture.observations::forEach,
                    Map.of("fixture", fixture.reference), fixture.today);
            // A rule fires when it raises a finding or, for THEATRE-001, places one in a theatre.
            boolean fired = judged.findings().values().stream().anyMatch(f -> f.ruleId().equals(id))
                    || judged.derivers().getOrDefault(Placement.class.getSimpleName(), Set.of()).contains(id);
            if (fired != shouldFire) {
                problems.add(file + ": " + id + (shouldFire ? " did not fire on its hit fixture"
                        : " fired on its near-miss fixture"));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(file + ": cannot be read: " + e.getMessage());
        }
    }

    /**
     * A fixture: a JSON array of observations, or an object with {@code observations}, an optional {@code today},
     * optional {@code listedVessels} ({list, entryId, name, imo, programmes, listedOn}) and optional
     * {@code listedEntities} (the same, the IMO a company number).
     */
    record Fixture(List<Observation> observations, List<Object> reference, LocalDate today) {

        private static LocalDate listedOn(JsonNode entry) {
            return entry.hasNonNull("listedOn") ? LocalDate.parse(entry.get("listedOn").asString()) : null;
        }

        static Fixture read(Path file, ParameterSet parameters) throws IOException {
            JsonNode root = JSON.readTree(file.toFile());
            Path observations = file;
            LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
            List<Object> reference = new ArrayList<>();
            Path temp = null;
            if (root.isObject()) {
                if (root.hasNonNull("today")) {
                    today = LocalDate.parse(root.get("today").asString());
                }
                for (JsonNode v : root.path("listedVessels")) {
                    List<String> programmes = new ArrayList<>();
                    v.path("programmes").forEach(p -> programmes.add(p.asString()));
                    String name = v.path("name").asString();
                    reference.add(new ListedVessel(v.path("list").asString() + ":" + v.path("entryId").asString(),
                            v.path("list").asString(), "fixture", v.path("entryId").asString(), name,
                            List.of(VesselNames.normalise(name)), v.path("imo").asString(null), programmes,
                            listedOn(v)));
                }
                for (JsonNode e : root.path("listedEntities")) {
                    List<String> programmes = new ArrayList<>();
                    e.path("programmes").forEach(p -> programmes.add(p.asString()));
                    String name = e.path("name").asString();
                    reference.add(new ListedEntity(e.path("list").asString() + ":" + e.path("entryId").asString(),
                            e.path("list").asString(), "fixture", e.path("entryId").asString(), name,
                            List.of(VesselNames.normalise(name)), e.path("imo").asString(null), programmes,
                            listedOn(e), null));
                }
                temp = Files.createTempFile("fixture", ".json");
                Files.writeString(temp, JSON.writeValueAsString(root.path("observations")));
                observations = temp;
            }
            try {
                return new Fixture(ObservationFiles.read(observations, parameters), reference, today);
            } finally {
                if (temp != null) {
                    Files.deleteIfExists(temp);
                }
            }
        }
    }

}
