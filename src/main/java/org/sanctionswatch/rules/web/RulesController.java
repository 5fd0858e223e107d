package org.sanctionswatch.rules.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.sanctionswatch.parameters.CurrentParameters;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.rules.RuleBaseBuilder;
import org.sanctionswatch.rules.RuleEngine;
import org.sanctionswatch.rules.RuleHealth;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
class RulesController {

    private final RuleEngine engine;
    private final CurrentParameters parameters;

    RulesController(RuleEngine engine, CurrentParameters parameters) {
        this.engine = engine;
        this.parameters = parameters;
    }

    record RuleView(String id, String name, RuleHealth health) {
    }

    record RulesView(String rulesetVersion, List<RuleView> rules) {
    }

    @GetMapping("/rules")
    @Operation(summary = "The rules in force, the ruleset version, and any rule held back as a runaway")
    RulesView rules() {
        Map<String, RuleHealth> health = engine.health();
        List<RuleView> rules = engine.rules().ruleNames().stream()
                .map(n -> new RuleView(RuleBaseBuilder.ruleId(n), n, health.get(RuleBaseBuilder.ruleId(n))))
                .toList();
        return new RulesView(engine.rulesetVersion(), rules);
    }

    @GetMapping("/parameters")
    @Operation(summary = "The parameters in force with type, unit, range and description; the watchlist; theatres")
    ParameterSet parameters() {
        return parameters.get();
    }
}
