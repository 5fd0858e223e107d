package org.sanctionswatch.rules;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.Today;
import org.sanctionswatch.parameters.ParameterSet;

/** Evaluates a rule base on a set of observations in a session of its own, apart from the live engine. */
public final class RuleEvaluator {

    private RuleEvaluator() {
    }

    /** What a session found: one finding per dedup key, and every finding, two under one key among them. */
    public record Judged(Map<String, Finding> findings, List<Finding> every) {
    }

    /**
     * The findings, by dedup key, of a rule base and parameters on the observations a source yields, as of a date.
     * Two findings under one key are resolved as the engine does.
     */
    public static Map<String, Finding> evaluate(CompiledRules rules, ParameterSet parameters,
            Consumer<Consumer<Observation>> source, Map<String, List<Object>> reference, LocalDate today) {
        return judge(rules, parameters, source, reference, today).findings();
    }

    /** As {@link #evaluate}, with every finding besides. */
    public static Judged judge(CompiledRules rules, ParameterSet parameters, Consumer<Consumer<Observation>> source,
            Map<String, List<Object>> reference, LocalDate today) {
        return judge(rules, parameters, source, reference, today, List::of, false).orElseThrow();
    }

    /**
     * The findings of a whole rule base, judged with a partial one ({@link PartialRules}) on the observations the
     * whole one judged with other parameters: the findings of the groups the partial rule base leaves out are taken
     * from that judgement ({@code judged}, asked for once the source is drained), and the groups it holds (those the
     * change touches, and those that read findings) are judged. Empty when a rule inserted a fact of a type the
     * engine inserts from outside ({@link RuleGroups#INPUT_TYPES}), which would break the reading that let the groups
     * be left out.
     */
    public static Optional<Map<String, Finding>> evaluatePartial(PartialRules.Partial partial, ParameterSet parameters,
            Consumer<Consumer<Observation>> source, Map<String, List<Object>> reference, LocalDate today,
            Supplier<? extends Collection<Finding>> judged) {
        Supplier<List<Object>> leftOut = () -> judged.get().stream().filter(partial::leftOut)
                .map(f -> (Object) f).toList();
        return judge(partial.rules(), parameters, source, reference, today, leftOut, true).map(Judged::findings);
    }

    private static Optional<Judged> judge(CompiledRules rules, ParameterSet parameters,
            Consumer<Consumer<Observation>> source, Map<String, List<Object>> reference, LocalDate today,
            Supplier<List<Object>> late, boolean guarded) {
        KieSession session = rules.kieBase().newKieSession();
        try {
            FindingCollector collector = new FindingCollector();
            session.addEventListener(collector);
            boolean[] derivedInput = {false};
            if (guarded) {
                session.addEventListener(new DefaultRuleRuntimeEventListener() {
                    @Override
                    public void objectInserted(ObjectInsertedEvent event) {
                        derivedInput[0] |= event.getRule() != null
                                && RuleGroups.INPUT_TYPES.contains(event.getObject().getClass().getSimpleName());
                    }
                });
            }
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
            late.get().forEach(session::insert);
            session.fireAllRules();
            return derivedInput[0] ? Optional.empty()
                    : Optional.of(new Judged(new HashMap<>(collector.all()), collector.every()));
        } finally {
            session.dispose();
        }
    }
}
