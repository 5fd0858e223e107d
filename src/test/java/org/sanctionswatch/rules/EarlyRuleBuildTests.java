package org.sanctionswatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionswatch.e2e.RunningService;

/** The rules folder compiled early, while the service starts, and taken by the engine once. */
class EarlyRuleBuildTests {

    @TempDir
    Path data;

    @Test
    void theEarlyBuildIsTakenOnceThenBuildsAreFresh() {
        Map<String, String> drl = RuleBaseBuilder.readFolder(Path.of("rules"));
        long taken = RuleBaseBuilder.earlyBuildsTaken();
        RuleBaseBuilder.buildEarly(drl);

        CompiledRules early = RuleBaseBuilder.buildOrTakeEarly(drl);
        assertThat(RuleBaseBuilder.earlyBuildsTaken()).isEqualTo(taken + 1);
        CompiledRules later = RuleBaseBuilder.buildOrTakeEarly(drl);
        assertThat(RuleBaseBuilder.earlyBuildsTaken()).isEqualTo(taken + 1);

        assertThat(later).isNotSameAs(early);
        assertThat(early.ruleNames()).isEqualTo(later.ruleNames()).hasSize(26);
        assertThat(early.drlHash()).isEqualTo(later.drlHash());
    }

    @Test
    void theServiceStartsOnTheEarlyBuildOfItsRulesFolder() {
        long taken = RuleBaseBuilder.earlyBuildsTaken();
        try (RunningService service = RunningService.start(data, "sanctionswatch.seeds.enabled=false")) {
            assertThat(RuleBaseBuilder.earlyBuildsTaken()).isEqualTo(taken + 1);
            assertThat(service.bean(RuleEngine.class).rules().ruleNames()).hasSize(26);
        }
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
