package org.sanctionswatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules folder compiled early, while the service starts, and taken by the engine once. */
class EarlyRuleBuildTests {

    @Test
    void theEarlyBuildIsTakenOnceThenBuildsAreFresh() {
        Map<String, String> drl = RuleBaseBuilder.readFolder(Path.of("rules"));
        RuleBaseBuilder.buildEarly(drl);

        CompiledRules early = RuleBaseBuilder.buildOrTakeEarly(drl);
        CompiledRules later = RuleBaseBuilder.buildOrTakeEarly(drl);

        assertThat(later).isNotSameAs(early);
        assertThat(early.ruleNames()).isEqualTo(later.ruleNames()).hasSize(21);
        assertThat(early.drlHash()).isEqualTo(later.drlHash());
    }

    @Test
    void aFolderThatDoesNotCompileStillFailsWithItsProblems() {
        Map<String, String> drl = Map.of("broken.drl", "package rules;\nrule \"X\" when Foo( then end\n");
        RuleBaseBuilder.buildEarly(drl);

        assertThatThrownBy(() -> RuleBaseBuilder.buildOrTakeEarly(drl))
                .isInstanceOfSatisfying(RuleCompilationException.class, e ->
                        assertThat(e.problems()).isNotEmpty()
                                .allSatisfy(p -> assertThat(p.file()).isEqualTo("broken.drl")));
    }
}
