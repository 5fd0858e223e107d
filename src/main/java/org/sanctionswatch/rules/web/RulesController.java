package org.sanctionswatch.rules.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sanctionswatch.parameters.CurrentParameters;
import org.sanctionswatch.parameters.ParameterFiles;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.rules.RuleBaseBuilder;
import org.sanctionswatch.rules.RuleEngine;
import org.sanctionswatch.rules.RuleHealth;
import org.sanctionswatch.rules.Ruleset;
import org.sanctionswatch.rules.RulesetChanges;
import org.sanctionswatch.rules.RulesetService;
import org.sanctionswatch.system.Actors;
import org.sanctionswatch.system.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api")
class RulesController {

    private final RuleEngine engine;
    private final CurrentParameters parameters;
    private final RulesetService rulesets;
    private final RulesetChanges changes;

    RulesController(RuleEngine engine, CurrentParameters parameters, RulesetService rulesets,
            RulesetChanges changes) {
        this.engine = engine;
        this.parameters = parameters;
        this.rulesets = rulesets;
        this.changes = changes;
    }

    record RuleView(String id, String name, RuleHealth health) {
    }

    record RulesView(String rulesetVersion, List<RuleView> rules) {
    }

    /** A ruleset version without its DRL text, unless asked for. */
    record RulesetView(int version, String label, boolean current, String author, String comment, Instant createdAt,
            List<Ruleset.Change> diff, List<String> drlFiles, Map<String, String> drl) {

        static RulesetView of(Ruleset r, boolean withDrl) {
            return new RulesetView(r.version(), r.label(), r.current(), r.author(), r.comment(), r.createdAt(),
                    r.diff(), List.copyOf(r.drlFiles().keySet()), withDrl ? r.drlFiles() : null);
        }
    }

    record ParametersView(String rulesetVersion, ParameterSet parameters) {
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
    @Operation(summary = "The parameters in force (type, unit, range, description), watchlist, ports, theatres")
    ParametersView parameters() {
        return new ParametersView(engine.rulesetVersion(), parameters.get());
    }

    @GetMapping(path = "/parameters/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The parameters in force as a parameter file, to commit as rules/parameters.json")
    String export() {
        return ParameterFiles.toFileText(parameters.get());
    }

    @PatchMapping("/parameters")
    @Operation(summary = "Change some parameters: {comment, parameters: {key: value}, watchlist?, watchedPorts?, theatres?}")
    RulesetView patch(@RequestBody JsonNode body, HttpServletRequest request) {
        return RulesetView.of(changes.changeParameters(body, false, Actors.of(request),
                request.isUserInRole("ADMIN")), false);
    }

    @PutMapping("/parameters")
    @Operation(summary = "Replace the whole parameter set: every key, the watchlist and the watched ports (theatres kept when not given)")
    RulesetView put(@RequestBody JsonNode body, HttpServletRequest request) {
        return RulesetView.of(changes.changeParameters(body, true, Actors.of(request),
                request.isUserInRole("ADMIN")), false);
    }

    @GetMapping("/rulesets")
    @Operation(summary = "Ruleset versions, newest first, with author, comment and diff")
    List<RulesetView> rulesets() {
        return rulesets.all().stream().map(r -> RulesetView.of(r, false)).toList();
    }

    @GetMapping("/rulesets/{version}")
    @Operation(summary = "One ruleset version with its diff (and its DRL with withDrl=true)")
    RulesetView ruleset(@PathVariable int version, @RequestParam(defaultValue = "false") boolean withDrl) {
        return RulesetView.of(rulesets.get(version)
                .orElseThrow(() -> new NotFoundException("ruleset version " + version + " does not exist")), withDrl);
    }

    record Comment(String comment) {
    }

    @PostMapping("/rulesets/{version}/rollback")
    @Operation(summary = "Make an earlier version current again, as a new version")
    RulesetView rollback(@PathVariable int version, @RequestBody(required = false) Comment body,
            HttpServletRequest request) {
        return RulesetView.of(changes.rollback(version, Actors.of(request), body == null ? null : body.comment(),
                request.isUserInRole("ADMIN")),
                false);
    }

    @PostMapping("/rulesets/reload")
    @Operation(summary = "Reload the DRL from the rules folder (administrators: DRL runs arbitrary Java)")
    RulesetView reload(@RequestBody(required = false) Comment body, HttpServletRequest request) {
        return RulesetView.of(changes.reloadRules(Actors.of(request), body == null ? null : body.comment()), false);
    }

}
