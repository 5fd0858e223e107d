package org.sanctionswatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

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
}
