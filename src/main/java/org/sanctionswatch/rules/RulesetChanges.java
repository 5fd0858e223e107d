package org.sanctionswatch.rules;

import java.util.List;
import java.util.Map;
import org.sanctionswatch.parameters.CurrentParameters;
import org.sanctionswatch.parameters.ParameterChanges;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.system.AuditLog;
import org.sanctionswatch.system.InvalidInputException;
import org.sanctionswatch.system.ItemError;
import org.sanctionswatch.system.NotFoundException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Changes the ruleset in force without a restart: check, compile aside, record a new version, then swap the engine
 * onto it. A change that does not check or compile is refused and the running ruleset stays.
 */
@Service
public class RulesetChanges {

    private final RulesetService rulesets;
    private final RuleEngine engine;
    private final CurrentParameters parameters;
    private final AuditLog audit;

    RulesetChanges(RulesetService rulesets, RuleEngine engine, CurrentParameters parameters, AuditLog audit) {
        this.rulesets = rulesets;
        this.engine = engine;
        this.parameters = parameters;
        this.audit = audit;
    }

    /** PATCH (some keys) or PUT (the whole set) of the parameters. */
    public synchronized Ruleset changeParameters(JsonNode body, boolean whole, String author, boolean admin) {
        ParameterSet changed = ParameterChanges.apply(parameters.get(), body, whole);
        if (!admin) {
            refuseEngineChanges(parameters.get(), changed);
        }
        if (body.path("comment").asString("").isBlank()) {
            throw new InvalidInputException("The parameter change was refused", List.of(new ItemError(null, null,
                    null, "comment", null, "is required: say why the parameters change")));
        }
        Ruleset current = rulesets.current().orElseThrow();
        Ruleset next = install(current.drlFiles(), changed, author, body.path("comment").asString());
        audit.record(author, "PARAMETERS_CHANGED", next.label(), next.diff().toString());
        return next;
    }

    /**
     * The engine's safety settings ({@code engine.*}, such as the runaway limit that holds back a rule's findings)
     * could silence alerts: only administrators change them.
     */
    static void refuseEngineChanges(ParameterSet before, ParameterSet after) {
        var was = before.byKey();
        for (var p : after.parameters()) {
            var old = was.get(p.key());
            if (p.key().startsWith(ENGINE) && (old == null || !java.util.Objects.equals(old.number(), p.number())
                    || !java.util.Objects.equals(old.text(), p.text()))) {
                throw new org.sanctionswatch.system.ForbiddenException("the engine's safety setting " + p.key()
                        + " may be changed by administrators only");
            }
        }
    }

    static final String ENGINE = "engine.";

    /** Reads the DRL of the rules folder again (an administrator's act: DRL runs arbitrary Java). */
    public synchronized Ruleset reloadRules(String author, String comment) {
        Map<String, String> drl = RuleBaseBuilder.readFolder(rulesets.rulesDir());
        Ruleset next = install(drl, parameters.get(), author, comment == null || comment.isBlank()
                ? "rules reloaded from " + rulesets.rulesDir() : comment);
        audit.record(author, "RULES_RELOADED", next.label(), next.diff().toString());
        return next;
    }

    /** Makes an earlier version current again, as a new version. */
    public synchronized Ruleset rollback(int version, String author, String comment, boolean mayChangeDrl) {
        Ruleset target = rulesets.get(version)
                .orElseThrow(() -> new NotFoundException("ruleset version " + version + " does not exist"));
        if (!mayChangeDrl) {
            refuseEngineChanges(rulesets.current().orElseThrow().parameters(), target.parameters());
        }
        if (!mayChangeDrl && !target.drlFiles().equals(rulesets.current().orElseThrow().drlFiles())) {
            throw new org.sanctionswatch.system.ForbiddenException("rolling back to " + target.label()
                    + " changes the DRL, which runs arbitrary Java: only administrators may");
        }
        Ruleset next = install(target.drlFiles(), target.parameters(), author,
                "rollback to " + target.label() + (comment == null || comment.isBlank() ? "" : ": " + comment));
        audit.record(author, "RULESET_ROLLED_BACK", next.label(), "to " + target.label());
        return next;
    }

    private Ruleset install(Map<String, String> drl, ParameterSet params, String author, String comment) {
        CompiledRules compiled = RuleBaseBuilder.build(drl);
        if (!drl.equals(rulesets.current().map(Ruleset::drlFiles).orElse(null))) {
            trial(compiled, params);
        }
        Ruleset next = rulesets.record(drl, params, author, comment, false);
        engine.install(compiled, params, next.label()).join();
        parameters.set(params);
        return next;
    }

    /**
     * New DRL is first judged on a copy of the live facts, under the watchdog's limits: a rule that fires without end
     * refuses the change, and the rules in force go on as they were.
     */
    private void trial(CompiledRules compiled, ParameterSet params) {
        RuleEngine.Snapshot live = engine.snapshot().join();
        try {
            RuleEvaluator.judge(compiled, params, live.observations()::forEach, live.reference(), live.today());
        } catch (org.sanctionswatch.system.RuleRunawayException e) {
            throw new org.sanctionswatch.system.RuleRunawayException("The rules were not changed: " + e.getMessage()
                    + ". The rules in force are unchanged.", e.rule(), e.firings());
        }
    }
}
