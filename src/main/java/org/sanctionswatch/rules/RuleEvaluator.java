package org.sanctionswatch.rules;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kie.api.runtime.KieSession;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.Today;
import org.sanctionswatch.parameters.ParameterSet;

/** Evaluates a rule base on a set of observations in a session of its own, apart from the live engine. */
public final class RuleEvaluator {

    private RuleEvaluator() {
    }

    /**
     * The findings, by dedup key, of a rule base and parameters on the observations a source yields, as of a date.
     * Two findings under one key are resolved as the engine does.
     */
    public static Map<String, Finding> evaluate(CompiledRules rules, ParameterSet parameters,
            Consumer<Consumer<Observation>> source, Map<String, List<Object>> reference, LocalDate today) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            FindingCollector collector = new FindingCollector();
            session.addEventListener(collector);
            parameters.facts().forEach(session::insert);
            reference.values().forEach(facts -> facts.forEach(session::insert));
            session.insert(new Today(today));
            int[] count = {0};
            source.accept(o -> {
                session.insert(o);
                if (++count[0] % RuleEngine.FIRE_EVERY == 0) {
                    session.fireAllRules();
                }
            });
            session.fireAllRules();
            return new HashMap<>(collector.all());
        } finally {
            session.dispose();
        }
    }
}
