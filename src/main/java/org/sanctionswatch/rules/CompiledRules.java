package org.sanctionswatch.rules;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.kie.api.KieBase;

/** A compiled rule base with the version of the DRL it came from and the rule names it holds. */
public record CompiledRules(KieBase kieBase, String drlHash, List<String> ruleNames) {

    /** The rule groups (ids, the first word of the rule names) it holds, in order. */
    public SortedSet<String> groups() {
        SortedSet<String> groups = new TreeSet<>();
        ruleNames.forEach(name -> groups.add(RuleBaseBuilder.ruleId(name)));
        return Collections.unmodifiableSortedSet(groups);
    }
}
