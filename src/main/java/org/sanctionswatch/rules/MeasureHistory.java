package org.sanctionswatch.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.TheatreMeasure;
import org.sanctionswatch.fact.Today;
import org.sanctionswatch.observation.ObservationStore;
import org.sanctionswatch.parameters.ParameterSet;

/**
 * A theatre's measures over time, each as it was known then: one session replays the stored versions in the order
 * their reports came in, and at each step (a day) holds what had been reported by its end, judged as of that day,
 * with Today on it. A step's measures are therefore those a backtest as of that day finds, and the whole series costs
 * one replay of the store, not one per step.
 */
public final class MeasureHistory {

    private MeasureHistory() {
    }

    /** The measures of every theatre on one day, by theatre and then by measure. */
    public record Step(LocalDate date, Map<String, Map<String, TheatreMeasure>> measures) {
    }

    /** When a day's knowledge ends: reports before the next day's start count, as in a backtest as of the day. */
    public static Instant knownBy(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * Replays {@code versions} (every stored version, by report time) into a session of the rules and parameters,
     * with the reference facts, and gives the measures at each of {@code days} (in ascending order).
     */
    public static List<Step> replay(CompiledRules rules, ParameterSet parameters, Map<String, List<Object>> reference,
            List<LocalDate> days, Consumer<Consumer<ObservationStore.Version>> versions) {
        FindingCollector collector = FindingCollector.of(parameters);
        KieSession session = rules.newSession();
        try {
            session.addEventListener(collector);
            parameters.facts().forEach(session::insert);
            reference.values().forEach(facts -> facts.forEach(session::insert));
            FactHandle today = session.insert(new Today(days.isEmpty() ? LocalDate.now(ZoneOffset.UTC) : days.get(0)));
            ObservationFacts facts = new ObservationFacts(session, parameters);
            Map<String, FactHandle> handles = new HashMap<>();
            Map<String, Integer> held = new HashMap<>();
            List<Step> steps = new ArrayList<>(days.size());
            int[] next = {0};
            int[] unfired = {0};
            Runnable step = () -> {
                LocalDate day = days.get(next[0]++);
                session.update(today, new Today(day));
                Watchdog.fire(session, Watchdog.Limits.of(parameters), java.util.Set.of());
                steps.add(new Step(day, collector.levels()));
            };
            versions.accept(v -> {
                Observation o = v.observation();
                while (next[0] < days.size() && !o.reportedAt().isBefore(knownBy(days.get(next[0])))) {
                    step.run();
                }
                if (next[0] == days.size()) {
                    return;
                }
                FactHandle h = handles.get(o.id());
                if (h == null) {
                    handles.put(o.id(), facts.insert(o));
                    held.put(o.id(), v.version());
                } else if (v.version() > held.get(o.id())) {
                    facts.update(h, o);
                    held.put(o.id(), v.version());
                }
                if (++unfired[0] == RuleEngine.FIRE_EVERY) {
                    Watchdog.fire(session, Watchdog.Limits.of(parameters), java.util.Set.of());
                    unfired[0] = 0;
                }
            });
            while (next[0] < days.size()) {
                step.run();
            }
            return steps;
        } finally {
            session.dispose();
        }
    }
}
