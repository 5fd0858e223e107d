package org.sanctionswatch.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.parameters.ParameterSpec;

/** What changed between two rulesets, entry by entry. */
final class RulesetDiff {

    private RulesetDiff() {
    }

    static List<Ruleset.Change> between(Map<String, String> oldDrl, ParameterSet oldParams, Map<String, String> newDrl,
            ParameterSet newParams) {
        List<Ruleset.Change> changes = new ArrayList<>();
        Map<String, ParameterSpec> before = oldParams == null ? Map.of() : oldParams.byKey();
        Map<String, ParameterSpec> after = newParams.byKey();
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            String from = value(before.get(key));
            String to = value(after.get(key));
            if (!Objects.equals(from, to)) {
                changes.add(new Ruleset.Change("parameter", key, from, to));
            }
        }
        set(changes, "watchlist", oldParams == null ? List.of() : oldParams.watchlist(), newParams.watchlist());
        set(changes, "watchedPort", oldParams == null ? List.of() : oldParams.watchedPorts(), newParams.watchedPorts());
        set(changes, "theatre", oldParams == null ? List.of() : oldParams.theatres(), newParams.theatres());
        Set<String> files = new TreeSet<>(oldDrl == null ? Set.of() : oldDrl.keySet());
        files.addAll(newDrl.keySet());
        for (String file : files) {
            String from = oldDrl == null ? null : oldDrl.get(file);
            String to = newDrl.get(file);
            if (!Objects.equals(from, to)) {
                changes.add(new Ruleset.Change("drl", file, lines(from, to), lines(to, from)));
            }
        }
        return changes;
    }

    private static String value(ParameterSpec p) {
        if (p == null) {
            return null;
        }
        if (p.number() != null) {
            double n = p.number();
            return n == Math.rint(n) && Math.abs(n) < 1e15 ? Long.toString((long) n) : Double.toString(n);
        }
        return p.text();
    }

    private static void set(List<Ruleset.Change> changes, String what, List<?> before, List<?> after) {
        Set<Object> removed = new LinkedHashSet<>(before);
        after.forEach(removed::remove);
        Set<Object> added = new LinkedHashSet<>(after);
        before.forEach(added::remove);
        removed.forEach(r -> changes.add(new Ruleset.Change(what, r.toString(), r.toString(), null)));
        added.forEach(a -> changes.add(new Ruleset.Change(what, a.toString(), null, a.toString())));
    }

    /** The lines of {@code a} that {@code b} lacks, prefixed, as a compact text diff of one side. */
    private static String lines(String a, String b) {
        if (a == null) {
            return null;
        }
        Set<String> other = b == null ? Set.of() : new LinkedHashSet<>(b.lines().toList());
        List<String> only = a.lines().filter(l -> !other.contains(l)).toList();
        return String.join("\n", only);
    }
}
