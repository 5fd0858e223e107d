package org.sanctionswatch.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sanctionswatch.fact.Finding;

/**
 * Rule bases of a ruleset without the groups a change cannot touch ({@link RuleGroups}), for a backtest that takes
 * those groups' findings from the live session instead of judging them again. Each is built once per ruleset and set
 * of groups left out, and kept for the next backtest of the same kind of change.
 */
public final class PartialRules {

    private static final int KEPT = 8;

    private final Map<String, RuleGroups> readings = lru(4);
    private final Map<String, CompiledRules> bases = lru(KEPT);

    /** A rule base that judges only some groups; the findings of the groups it leaves out come from elsewhere. */
    public record Partial(CompiledRules rules, Set<String> leftOut) {

        /** Whether a finding comes from a group this rule base leaves out. */
        public boolean leftOut(Finding finding) {
            return leftOut.contains(finding.ruleId());
        }
    }

    /**
     * The rule base to judge a change of these parameter keys and fact types with, in place of a whole one compiled
     * from these DRL files; empty when every group must be judged (the files are not the whole one's, no group is
     * independent of the change, or what remains does not compile on its own).
     */
    public synchronized Optional<Partial> forChange(CompiledRules whole, Map<String, String> drlFiles,
            Set<String> changedKeys, Set<String> changedTypes) {
        String hash = RuleBaseBuilder.hash(drlFiles);
        if (!hash.equals(whole.drlHash())) {
            return Optional.empty();
        }
        RuleGroups groups = readings.computeIfAbsent(hash, h -> RuleGroups.of(drlFiles));
        Set<String> leftOut = groups.unaffectedBy(changedKeys, changedTypes);
        if (leftOut.isEmpty()) {
            return Optional.empty();
        }
        String key = hash + "|" + String.join(",", leftOut);
        CompiledRules rules = bases.get(key);
        if (rules == null) {
            try {
                rules = RuleBaseBuilder.build(groups.without(leftOut));
            } catch (RuleCompilationException e) {
                return Optional.empty();
            }
            bases.put(key, rules);
        }
        return Optional.of(new Partial(rules, leftOut));
    }

    private static <V> Map<String, V> lru(int size) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > size;
            }
        };
    }
}
