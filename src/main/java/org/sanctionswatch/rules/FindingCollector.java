package org.sanctionswatch.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.Placement;
import org.sanctionswatch.fact.TheatreMeasure;

/**
 * Learns from the session which findings appear and disappear, and remembers which dedup keys a batch touched. A
 * finding is given as its alert shows it: with the theatres it belongs to ({@link Placement}) and marked when it
 * awaits corroboration ({@link Finding#placed}). Only the engine thread calls it.
 */
final class FindingCollector extends DefaultRuleRuntimeEventListener {

    private final Map<String, List<Finding>> live = new HashMap<>();
    private final Map<String, List<Placement>> placements = new HashMap<>();
    private final Map<List<String>, TheatreMeasure> levels = new HashMap<>();
    private final String corroborationGrade;
    private final Set<String> touched = new LinkedHashSet<>();
    /** Each touched key's finding as it stood at the last drain (null: none), for {@link #stoodBefore}. */
    private final Map<String, Finding> stood = new HashMap<>();
    private final Map<String, Set<String>> derivers = new HashMap<>();
    private static final String FINDING_OF = "Finding:";
    static final String CORROBORATION_GRADE = "MEASURE.corroborationGrade";

    /** A collector that marks findings none of whose sources is graded {@code corroborationGrade} or better. */
    FindingCollector(String corroborationGrade) {
        this.corroborationGrade = corroborationGrade;
    }

    /** A collector for a session on these parameters. */
    static FindingCollector of(org.sanctionswatch.parameters.ParameterSet parameters) {
        return new FindingCollector(parameters.text(CORROBORATION_GRADE).orElse(""));
    }

    private static List<String> measureKey(TheatreMeasure m) {
        return List.of(m.theatre(), m.measure());
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null) {
            derived(event.getObject(), event.getRule().getName());
        }
        if (event.getObject() instanceof TheatreMeasure level) {
            levels.put(measureKey(level), level);
        }
        added(event.getObject());
    }

    private void added(Object fact) {
        if (fact instanceof Finding f) {
            touch(f.dedupKey());
            live.computeIfAbsent(f.dedupKey(), k -> new ArrayList<>(1)).add(f);
        }
        if (fact instanceof Placement p) {
            touch(p.findingKey());
            placements.computeIfAbsent(p.findingKey(), k -> new ArrayList<>(1)).add(p);
        }
    }

    private void removed(Object fact) {
        if (fact instanceof Finding f) {
            forget(f);
        }
        if (fact instanceof Placement p) {
            touch(p.findingKey());
            List<Placement> list = placements.get(p.findingKey());
            if (list != null) {
                list.remove(p);
                if (list.isEmpty()) {
                    placements.remove(p.findingKey());
                }
            }
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        if (event.getOldObject() instanceof TheatreMeasure level) {
            levels.remove(measureKey(level), level);
        }
        removed(event.getOldObject());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        if (event.getRule() != null) {
            derived(event.getObject(), event.getRule().getName());
        }
        if (event.getOldObject() instanceof TheatreMeasure old) {
            levels.remove(measureKey(old), old);
        }
        if (event.getObject() instanceof TheatreMeasure level) {
            levels.put(measureKey(level), level);
        }
        removed(event.getOldObject());
        added(event.getObject());
    }

    private void derived(Object fact, String ruleName) {
        String what = fact instanceof Finding f ? FINDING_OF + f.ruleId() : fact.getClass().getSimpleName();
        Set<String> by = derivers.get(what);
        String group = RuleBaseBuilder.ruleId(ruleName);
        if (by == null || !by.contains(group)) {
            derivers.computeIfAbsent(what, k -> new TreeSet<>()).add(group);
        }
    }

    /**
     * What rules derived in the session, and which rule groups derived it: a fact by its type's simple name, a
     * finding as "Finding:" and its rule id. Kept from the session's start, whether the fact is still there or not.
     */
    Map<String, Set<String>> derivers() {
        Map<String, Set<String>> copy = new HashMap<>();
        derivers.forEach((what, by) -> copy.put(what, Set.copyOf(by)));
        return copy;
    }

    /** The rule id of a finding as {@link #derivers} names it, or null for a fact of another type. */
    static String findingOf(String what) {
        return what.startsWith(FINDING_OF) ? what.substring(FINDING_OF.length()) : null;
    }

    /** Notes a key about to change, and how it stood before its first change since the last drain. */
    private void touch(String key) {
        if (touched.add(key)) {
            stood.put(key, raw(key));
        }
    }

    private void forget(Finding f) {
        touch(f.dedupKey());
        List<Finding> list = live.get(f.dedupKey());
        if (list != null) {
            list.remove(f);
            if (list.isEmpty()) {
                live.remove(f.dedupKey());
            }
        }
    }

    /** The keys touched since the last drain, each with its finding now (null when it cleared). */
    Map<String, Finding> drain() {
        Map<String, Finding> changes = new HashMap<>();
        for (String key : touched) {
            changes.put(key, current(key));
        }
        touched.clear();
        stood.clear();
        return changes;
    }

    /**
     * The keys touched since the last drain, each with its finding as the rules derived it at that drain (null:
     * none), to be inserted again as it was.
     */
    Map<String, Finding> stoodBefore() {
        return new HashMap<>(stood);
    }

    /** The finding under a key as the rules derived it, before it is placed; null when there is none. */
    private Finding raw(String key) {
        List<Finding> list = live.get(key);
        if (list == null || list.isEmpty()) {
            return null;
        }
        // Two findings under one key (for example a surge seen through two watch entries) describe one alert;
        // the greatest by explanation is taken so that the choice does not depend on firing order.
        return list.stream().max((a, b) -> a.explanation().compareTo(b.explanation())).orElseThrow();
    }

    Finding current(String key) {
        Finding f = raw(key);
        if (f == null) {
            return null;
        }
        List<Placement> placed = placements.getOrDefault(key, List.of()).stream()
                .filter(p -> p.finding().equals(f)).toList();
        return f.placed(placed, corroborationGrade);
    }

    /** The measures of each theatre that has them, by theatre and then by measure (ESCALATION, SANCTIONS). */
    Map<String, Map<String, TheatreMeasure>> levels() {
        Map<String, Map<String, TheatreMeasure>> byTheatre = new HashMap<>();
        levels.values().forEach(m -> byTheatre.computeIfAbsent(m.theatre(), t -> new HashMap<>()).put(m.measure(), m));
        byTheatre.replaceAll((t, m) -> Map.copyOf(m));
        return Map.copyOf(byTheatre);
    }

    /** Every finding in the session, two under one key among them. */
    List<Finding> every() {
        List<Finding> every = new ArrayList<>();
        live.values().forEach(every::addAll);
        return every;
    }

    Map<String, Finding> all() {
        Map<String, Finding> all = new HashMap<>();
        live.keySet().forEach(k -> all.put(k, current(k)));
        return all;
    }
}
