package org.sanctionswatch.escalation.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.sanctionswatch.fact.EscalationLevel;
import org.sanctionswatch.fact.Theatre;
import org.sanctionswatch.rules.RuleEngine;
import org.sanctionswatch.system.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/escalation")
class EscalationController {

    private final RuleEngine engine;

    EscalationController(RuleEngine engine) {
        this.engine = engine;
    }

    /**
     * A theatre's level, score, bands, how many findings contribute, and the heaviest of them (up to 50, heaviest
     * first) with their weights.
     */
    record TheatreLevel(String theatre, String name, int level, double score, List<Double> bands,
            String asOf, double halfLifeDays, String rulesetVersion, int contributionCount, List<?> contributions) {

        static TheatreLevel of(Theatre t, EscalationLevel level, String version) {
            if (level == null) {
                return new TheatreLevel(t.id(), t.name(), 0, 0, List.of(), null, 0, version, 0, List.of());
            }
            return new TheatreLevel(t.id(), t.name(), level.level(), level.score(), level.bands(),
                    level.clock() == null ? null : level.clock().toString(), level.halfLifeDays(), version,
                    level.contributionCount(), level.contributions());
        }
    }

    @GetMapping
    @Operation(summary = "The escalation level of every theatre, with its heaviest contributing findings")
    List<TheatreLevel> all() {
        return engine.installedParameters().theatres().stream()
                .map(t -> TheatreLevel.of(t, engine.escalation().get(t.id()), engine.rulesetVersion())).toList();
    }

    @GetMapping("/{theatre}")
    @Operation(summary = "One theatre's escalation level, score, bands and heaviest contributing findings with "
            + "their weights")
    TheatreLevel one(@PathVariable String theatre) {
        Theatre t = engine.installedParameters().theatres().stream().filter(x -> x.id().equals(theatre)).findFirst()
                .orElseThrow(() -> new NotFoundException("theatre " + theatre + " does not exist"));
        return TheatreLevel.of(t, engine.escalation().get(theatre), engine.rulesetVersion());
    }
}
