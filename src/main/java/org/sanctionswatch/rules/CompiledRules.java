package org.sanctionswatch.rules;

import java.util.List;
import org.kie.api.KieBase;

/** A compiled rule base with the version of the DRL it came from and the rule names it holds. */
public record CompiledRules(KieBase kieBase, String drlHash, List<String> ruleNames) {
}
