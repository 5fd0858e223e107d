package org.sanctionswatch.alert;

import java.time.Duration;
import java.util.Map;

/**
 * How long after an alert's last sent event its rule-driven updates and clearings are kept quiet: per rule id, else
 * {@code otherwise}. Zero: never.
 */
public record Suppression(Map<String, Duration> byRule, Duration otherwise) {

    public Suppression {
        byRule = Map.copyOf(byRule);
    }

    public Duration forRule(String ruleId) {
        return byRule.getOrDefault(ruleId, otherwise);
    }

    public static Duration days(double days) {
        return Duration.ofSeconds(Math.round(days * 86_400));
    }
}
