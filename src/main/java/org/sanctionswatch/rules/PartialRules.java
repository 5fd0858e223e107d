package org.sanctionswatch.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.sanctionswatch.fact.Finding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanctionswatch.system.Completions;

/**
 * Rule bases of a ruleset without the groups a change cannot touch ({@link RuleGroups}), for a backtest that takes
 * those groups' findings from the current side's judgement instead of judging them again. Each is built once per
 * ruleset and set of groups left out, and kept for the next backtest of the same kind of change; a backtest waits
 * only for the build it needs.
 */
public final class PartialRules {

    private static final int KEPT = 8;
    private static final Logger log = LoggerFactory.getLogger(PartialRules.class);

    private final Map<String, RuleGroups> readings = lru(4);
    private final Map<String, CompletableFuture<Optional<CompiledRules>>> bases = lru(KEPT);

    /**
     * A rule base that judges only some groups; the findings of the groups it leaves out come from elsewhere.
     * {@code derivedReads} names, for each group left out, the types it reads that rules derive.
     */
    public record Partial(CompiledRules rules, Set<String> leftOut, Map<String, Set<String>> derivedReads) {

        /** Whether a finding comes from a group this rule base leaves out. */
        public boolean isLeftOut(Finding finding) {
            return leftOut.contains(finding.ruleId());
        }

        /**
         * Whether what the rules of a session derived, by what and by group ({@link FindingCollector#derivers}),
         * keeps the promise that let the groups be left out: no rule derived a fact of a type the engine inserts,
         * and whatever a group left out reads or is credited with (its findings) only that group derived.
         */
        public boolean holdsFor(Map<String, Set<String>> derivers) {
            for (Map.Entry<String, Set<String>> derived : derivers.entrySet()) {
                String what = derived.getKey();
                Set<String> by = derived.getValue();
                if (RuleGroups.INPUT_TYPES.contains(what)) {
                    return false;
                }
                String findingOf = FindingCollector.findingOf(what);
                if (findingOf != null && leftOut.contains(findingOf) && !Set.of(findingOf).containsAll(by)) {
                    return false;
                }
                for (Map.Entry<String, Set<String>> reads : derivedReads.entrySet()) {
                    if (reads.getValue().contains(what) && !Set.of(reads.getKey()).containsAll(by)) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /**
     * The rule base to judge a change of these parameter keys and fact types with, in place of a whole one compiled
     * from these DRL files; empty when every group must be judged (the files are not the whole one's, no group is
     * independent of the change, or what remains does not compile to the rules expected).
     */
    public Optional<Partial> forChange(CompiledRules whole, Map<String, String> drlFiles, Set<String> changedKeys,
            Set<String> changedTypes) {
        String hash = RuleBaseBuilder.hash(drlFiles);
        if (!hash.equals(whole.drlHash())) {
            return Optional.empty();
        }
        RuleGroups groups;
        synchronized (readings) {
            groups = readings.computeIfAbsent(hash, h -> {
                RuleGroups read = RuleGroups.of(drlFiles);
                if (read.defeated() != null) {
                    log.info("Backtests of this ruleset judge every rule group: {}", read.defeated());
                }
                return read;
            });
        }
        Set<String> leftOut = groups.unaffectedBy(changedKeys, changedTypes);
        if (leftOut.isEmpty()) {
            return Optional.empty();
        }
        String key = hash + "|" + String.join(",", leftOut);
        CompletableFuture<Optional<CompiledRules>> build;
        boolean mine = false;
        synchronized (bases) {
            build = bases.get(key);
            if (build == null) {
                build = new CompletableFuture<>();
                bases.put(key, build);
                mine = true;
            }
        }
        if (mine) {
            try {
                build.complete(build(whole, groups, leftOut));
            } catch (RuntimeException | Error e) {
                build.completeExceptionally(e);
                synchronized (bases) {
                    bases.remove(key, build);
                }
                throw e;
            }
        }
        return Completions.join(build).map(rules -> new Partial(rules, leftOut, groups.derivedReads(leftOut)));
    }

    private static Optional<CompiledRules> build(CompiledRules whole, RuleGroups groups, Set<String> leftOut) {
        List<String> expected = whole.ruleNames().stream()
                .filter(name -> !leftOut.contains(RuleBaseBuilder.ruleId(name))).toList();
        try {
            CompiledRules rules = RuleBaseBuilder.build(groups.without(leftOut));
            return rules.ruleNames().equals(expected) ? Optional.of(rules) : Optional.empty();
        } catch (RuleCompilationException e) {
            // What remains does not compile on its own (a rule taken out that a function needed, say).
            return Optional.empty();
        }
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
