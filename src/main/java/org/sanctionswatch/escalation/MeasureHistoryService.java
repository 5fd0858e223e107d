package org.sanctionswatch.escalation;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanctionswatch.fact.TheatreMeasure;
import org.sanctionswatch.observation.ObservationStore;
import org.sanctionswatch.rules.MeasureHistory;
import org.sanctionswatch.rules.ReferenceFacts;
import org.sanctionswatch.rules.RuleEngine;
import org.springframework.stereotype.Service;

/**
 * The measures of the theatres over time as known then ({@link MeasureHistory}), on the rules and parameters in
 * force, the current reference facts, and without the findings people closed (as a backtest). The last few answers
 * are kept until the store, the ruleset or the closed alerts change, so that a chart drawn again costs nothing.
 */
@Service
public class MeasureHistoryService {

    private static final int KEPT = 16;

    private final RuleEngine engine;
    private final ObservationStore observations;
    private final List<ReferenceFacts> reference;
    private final Map<List<Object>, List<MeasureHistory.Step>> kept = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, List<MeasureHistory.Step>> eldest) {
            return size() > KEPT;
        }
    };

    MeasureHistoryService(RuleEngine engine, ObservationStore observations, List<ReferenceFacts> reference) {
        this.engine = engine;
        this.observations = observations;
        this.reference = reference;
    }

    /** The days from {@code from} to {@code to} (both included when the step lands on it), {@code step} apart. */
    public static List<LocalDate> days(LocalDate from, LocalDate to, Period step) {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; !from.plus(step.multipliedBy(i)).isAfter(to); i++) {
            days.add(from.plus(step.multipliedBy(i)));
        }
        return days;
    }

    /** Every theatre's measures at each day, as known at the end of that day. */
    public List<MeasureHistory.Step> history(List<LocalDate> days) {
        Map<String, List<Object>> facts = new HashMap<>();
        reference.forEach(r -> facts.putAll(r.current()));
        facts.putAll(engine.closedAlertFacts());
        long stamp = observations.commits();
        // the reference facts (lists, closed alerts) by value: a new list version or a closed alert is another key
        List<Object> key = List.of(engine.rulesetVersion(), engine.rules().drlHash(), stamp, facts, days);
        synchronized (kept) {
            List<MeasureHistory.Step> known = kept.get(key);
            if (known != null) {
                return known;
            }
        }
        List<MeasureHistory.Step> steps = MeasureHistory.replay(engine.rules(), engine.installedParameters(), facts,
                days, observations::forEachVersionByReportTime);
        // a load that committed while the store was read may or may not be in this answer: it is not kept
        if (observations.commits() == stamp) {
            synchronized (kept) {
                kept.put(key, steps);
            }
        }
        return steps;
    }

    /** One theatre's measures at one step, by measure. */
    public static Map<String, TheatreMeasure> of(MeasureHistory.Step step, String theatre) {
        return step.measures().getOrDefault(theatre, Map.of());
    }
}
