package org.sanctionswatch.system;

/**
 * Answered 422: a rule fired without end (past the engine's limit on firings or time for one pass), so what it was
 * asked to judge was refused; the rule is named, with how often it fired.
 */
public class RuleRunawayException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String rule;
    private final long firings;

    public RuleRunawayException(String message, String rule, long firings) {
        super(message);
        this.rule = rule;
        this.firings = firings;
    }

    public String rule() {
        return rule;
    }

    public long firings() {
        return firings;
    }
}
