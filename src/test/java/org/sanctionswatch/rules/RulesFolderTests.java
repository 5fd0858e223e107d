package org.sanctionswatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionswatch.fact.Wording;

/** The rules folder is in order: compiles, ids, declared parameters, a hit and a near miss per rule. */
class RulesFolderTests {

    @Test
    void theRulesFolderIsInOrder() {
        assertThat(RulesCheck.check(Path.of("rules"), Path.of("fixtures/rules"))).isEmpty();
    }

    @Test
    void reportsARuleWithoutAnIdAnUndeclaredParameterAndAMissingFixture(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Files.copy(Path.of("rules/parameters.json"), dir.resolve("parameters.json"));
        Files.writeString(dir.resolve("bad.drl"), """
                package bad;
                import org.sanctionswatch.fact.Param;
                rule "Something without an id"
                when
                    Param(key == "NOPE-001.threshold")
                then
                end
                """);
        List<String> problems = RulesCheck.check(dir, dir.resolve("fixtures"));
        assertThat(problems).anyMatch(p -> p.contains("does not start with an id"));
        assertThat(problems).anyMatch(p -> p.contains("reads parameter NOPE-001.threshold"));
    }

    @Test
    void reportsEveryCompileErrorWithFileAndLine(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.copy(Path.of("rules/parameters.json"), dir.resolve("parameters.json"));
        Files.writeString(dir.resolve("broken.drl"), """
                package broken;
                rule "X-001 Broken"
                when
                    NoSuchFact()
                then
                end
                """);
        assertThat(RulesCheck.check(dir, dir)).singleElement().asString().startsWith("broken.drl:4:");
    }

    /** The real rules folder copied, its wording edited by {@code edit}. */
    private static Path withWording(Path dir, java.util.function.UnaryOperator<String> edit) throws IOException {
        RuleBaseBuilder.readFolder(Path.of("rules")).forEach((file, text) -> {
            try {
                Path to = dir.resolve(file);
                Files.createDirectories(to.getParent());
                Files.writeString(to, file.equals(Wording.FILE) ? edit.apply(text) : text);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Files.copy(Path.of("rules/parameters.json"), dir.resolve("parameters.json"));
        return dir;
    }

    @Test
    void reportsATemplateThatNamesAnUnknownPlaceholderWithFileAndLine(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        withWording(dir, text -> text.replace("{railcars} railcars{aboveMaximum}", "{railcars} wagons{wagons}")
                .replace("MIL-006.title", "MIL-066.title"));
        List<String> lines = Files.readAllLines(dir.resolve(Wording.FILE));
        int log001 = lines.indexOf(lines.stream().filter(l -> l.startsWith("LOG-001.title")).findFirst()
                .orElseThrow()) + 1;

        List<String> problems = RulesCheck.check(dir, Path.of("fixtures/rules"));

        assertThat(problems).contains("wording.properties:" + log001 + ":0 LOG-001.title names an unknown "
                + "placeholder {wagons}; LOG-001 gives [aboveMaximum, aboveMaximumNote, crossing, date, direction, "
                + "earlierCounts, maximum, railcars, ratio, window]");
        assertThat(problems).anyMatch(p -> p.startsWith("wording.properties:") && p.contains("unknown template "
                + "MIL-066.title"));
        assertThat(problems).anyMatch(p -> p.equals("wording.properties:0:0 no template MIL-006.title"));
    }

    @Test
    void givesAlertsTheWordsOfTheTemplates(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        withWording(dir, text -> text.replace("MIL-005.title = Ballistic missiles from {from} to {to} reported on "
                + "{date}", "MIL-005.title = {quantity} {unit} fired off from {from} to {to} ({date})"));
        CompiledRules rules = RuleBaseBuilder.build(dir);

        var findings = RuleEvaluator.evaluate(rules, RulesHarness.defaults(), sink -> sink.accept(
                Facts.munitions("BALLISTIC_MISSILE", 20, "MISSILES", Facts.day("2024-10-23"))), java.util.Map.of(),
                Facts.day("2024-10-31"));

        assertThat(findings.values()).filteredOn(f -> f.ruleId().equals("MIL-005")).singleElement()
                .extracting(org.sanctionswatch.fact.Finding::title)
                .isEqualTo("20 missiles fired off from PRK to RUS (2024-10-23)");
    }

    @Test
    void everySanctionsConcernCitesItsProvision() {
        assertThat(OrderIndependenceRuleTests.IN_ORDER).filteredOn(f -> f.category().equals("SANCTIONS_CONCERN"))
                .extracting(org.sanctionswatch.fact.Finding::ruleId).contains("TRADE-001", "TRADE-002", "TRADE-005",
                        "LOG-002", "MIL-004", "MIL-005");
        assertThat(OrderIndependenceRuleTests.IN_ORDER).filteredOn(f -> f.category().equals("SANCTIONS_CONCERN"))
                .allSatisfy(f -> assertThat(f.provision()).as(f.ruleId()).isNotBlank());
        assertThat(OrderIndependenceRuleTests.IN_ORDER).filteredOn(f -> f.ruleId().equals("TRADE-001"))
                .allSatisfy(f -> assertThat(f.provision()).startsWith("Not itself a breach: no provision in the "
                        + "table bans HS 2713"));
        assertThat(OrderIndependenceRuleTests.IN_ORDER).filteredOn(f -> f.ruleId().equals("MIL-004"))
                .allSatisfy(f -> assertThat(f.provision()).startsWith("UNSCR 1718 (2006) para 8(a)-(b): States "
                        + "prevent the supply of arms"));
    }

    @Test
    void reportsAConcernWithoutItsProvisionAndAnUnknownProvision(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        withWording(dir, text -> text);
        Path mirror = dir.resolve("trade/mirror.drl");
        Files.writeString(mirror, Files.readString(mirror).replace(".withProvision(provisions.cite($provision))", ""));
        Path parameters = dir.resolve("parameters.json");
        Files.writeString(parameters, Files.readString(parameters).replace("\"OFAC-SDN\"", "\"OFAC-XYZ\""));

        List<String> problems = RulesCheck.check(dir, Path.of("fixtures/rules"));

        assertThat(problems).anyMatch(p -> p.startsWith("trade/mirror.drl: rule \"TRADE-005 Exporter and importer "
                + "statistics of the same flow far apart\" raises a sanctions concern without citing its provision"));
        assertThat(problems).contains("parameters.json: LOG-002.provision cites OFAC-XYZ, which provisions.json lacks");
    }
}
