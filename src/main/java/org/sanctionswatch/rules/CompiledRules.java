package org.sanctionswatch.rules;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.sanctionswatch.fact.Wording;

/**
 * A compiled rule base with the version of the DRL (and wording) it came from, the rule names it holds and the
 * wording of its alerts.
 */
public record CompiledRules(KieBase kieBase, String drlHash, List<String> ruleNames, Wording wording) {

    /** A new session of the rule base, given the wording of its alerts where its rules declare the global. */
    public KieSession newSession() {
        KieSession session = kieBase.newKieSession();
        boolean declared = kieBase.getKiePackages().stream()
                .anyMatch(p -> p.getGlobalVariables().stream().anyMatch(g -> g.getName().equals("wording")));
        if (declared) {
            session.setGlobal("wording", wording);
        }
        return session;
    }

    /** The rule groups (ids, the first word of the rule names) it holds, in order. */
    public SortedSet<String> groups() {
        SortedSet<String> groups = new TreeSet<>();
        ruleNames.forEach(name -> groups.add(RuleBaseBuilder.ruleId(name)));
        return Collections.unmodifiableSortedSet(groups);
    }
}
