package org.sanctionswatch.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.kie.api.runtime.KieSession;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.TheatreMeasure;
import org.sanctionswatch.fact.Today;
import org.sanctionswatch.parameters.ParameterSet;

/** Evaluates a rule base on a set of observations in a session of its own, apart from the live engine. */
public final class RuleEvaluator {

    private RuleEvaluator() {
    }

    /**
     * What a session found: one finding per dedup key, every finding (two under one key among them), what its rules
     * derived by rule group ({@link FindingCollector#derivers}), the rule groups it judged, and each theatre's
     * measures.
     */
    public record Judged(Map<String, Finding> findings, List<Finding> every, Map<String, Set<String>> derivers,
            Set<String> groups, Map<String, Map<String, TheatreMeasure>> measures) {
    }

    /**
     * The findings, by dedup key, of a rule base and parameters on the observations a source yields, as of a date.
     * Two findings under one key are resolved as the engine does.
     */
    public static Map<String, Finding> evaluate(CompiledRules rules, ParameterSet parameters,
            Consumer<Consumer<Observation>> source, Map<String, List<Object>> reference, LocalDate today) {
        return judge(rules, parameters, source, reference, today).findings();
    }

    /** As {@link #evaluate}, with every finding, what the rules derived, and the groups judged. */
    public static Judged judge(CompiledRules rules, ParameterSet parameters, Consumer<Consumer<Observation>> source,
            Map<String, List<Object>> reference, LocalDate today) {
        FindingCollector collector = FindingCollector.of(parameters);
        KieSession session = session(rules, parameters, reference, today, collector);
        try {
            feed(session, parameters, source);
            Watchdog.fire(session, Watchdog.Limits.of(parameters), Set.of());
            return new Judged(new HashMap<>(collector.all()), collector.every(), collector.derivers(),
                    rules.groups(), collector.levels());
        } finally {
            session.dispose();
        }
    }

    /**
     * The candidate's judgement with a partial rule base ({@link PartialRules}), on the observations a source yields:
     * the groups it holds (those the change touches, and those that read findings) are judged, and the findings of
     * the groups it leaves out are taken from the current side's judgement of the same observations ({@code
     * current}, asked for once the source is drained). When either session's rules derived what the reading that
     * left the groups out did not foresee ({@link PartialRules.Partial#holdsFor}), the candidate is judged whole on
     * the same observations instead.
     */
    public static Judged judgePartly(PartialRules.Partial partial, CompiledRules whole, ParameterSet parameters,
            Consumer<Consumer<Observation>> source, Map<String, List<Object>> reference, LocalDate today,
            Supplier<Judged> current) {
        FindingCollector collector = FindingCollector.of(parameters);
        KieSession session = session(partial.rules(), parameters, reference, today, collector);
        List<Observation> fed = new ArrayList<>();
        try {
            feed(session, parameters, sink -> source.accept(o -> {
                fed.add(o);
                sink.accept(o);
            }));
            Judged other = current.get();
            if (partial.holdsFor(other.derivers())) {
                other.every().stream().filter(partial::isLeftOut).forEach(session::insert);
                Watchdog.fire(session, Watchdog.Limits.of(parameters), Set.of());
                if (partial.holdsFor(collector.derivers())) {
                    return new Judged(new HashMap<>(collector.all()), collector.every(), collector.derivers(),
                            partial.rules().groups(), collector.levels());
                }
            }
        } finally {
            session.dispose();
        }
        return judge(whole, parameters, fed::forEach, reference, today);
    }

    private static KieSession session(CompiledRules rules, ParameterSet parameters,
            Map<String, List<Object>> reference, LocalDate today, FindingCollector collector) {
        KieSession session = rules.newSession();
        session.addEventListener(collector);
        parameters.facts().forEach(session::insert);
        reference.values().forEach(facts -> facts.forEach(session::insert));
        session.insert(new Today(today));
        return session;
    }

    private static void feed(KieSession session, ParameterSet parameters, Consumer<Consumer<Observation>> source) {
        ObservationFacts facts = new ObservationFacts(session, parameters);
        int[] count = {0};
        source.accept(o -> {
            facts.insert(o);
            if (++count[0] % RuleEngine.FIRE_EVERY == 0) {
                Watchdog.fire(session, Watchdog.Limits.of(parameters), Set.of());
            }
        });
    }
}
