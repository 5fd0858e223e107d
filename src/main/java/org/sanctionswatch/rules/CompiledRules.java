package org.sanctionswatch.rules;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.sanctionswatch.fact.Provisions;
import org.sanctionswatch.fact.Wording;

/**
 * A compiled rule base with the version of the DRL (and wording and provisions) it came from, the rule names it holds,
 * the wording of its alerts and the provisions they cite.
 */
public record CompiledRules(KieBase kieBase, String drlHash, List<String> ruleNames, Wording wording,
        Provisions provisions) {

    /** A new session of the rule base, given the wording and provisions of its alerts where its rules declare them. */
    public KieSession newSession() {
        KieSession session = kieBase.newKieSession();
        if (declares("wording")) {
            session.setGlobal("wording", wording);
        }
        if (declares("provisions")) {
            session.setGlobal("provisions", provisions);
        }
        return session;
    }

    private boolean declares(String global) {
        return kieBase.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(global)));
    }

    /** The rule groups (ids, the first word of the rule names) it holds, in order. */
    public SortedSet<String> groups() {
        SortedSet<String> groups = new TreeSet<>();
        ruleNames.forEach(name -> groups.add(RuleBaseBuilder.ruleId(name)));
        return Collections.unmodifiableSortedSet(groups);
    }
}
