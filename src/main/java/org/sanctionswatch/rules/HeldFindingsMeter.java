package org.sanctionswatch.rules;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Findings held back from runaway rules are never dropped silently: {@code sanctionswatch.findings.held} counts them
 * (all rules) and {@code sanctionswatch.rules.held} the rules held, beside each rule's count in {@code GET /api/rules}.
 */
@Component
class HeldFindingsMeter {

    HeldFindingsMeter(RuleEngine engine, MeterRegistry meters) {
        Gauge.builder("sanctionswatch.findings.held",
                engine, e -> e.health().values().stream().mapToLong(RuleHealth::heldFindings).sum())
                .description("findings of runaway rules held back, not alerted").register(meters);
        Gauge.builder("sanctionswatch.rules.held", engine, e -> e.health().values().stream()
                .filter(RuleHealth::runaway).count()).description("rules held back as runaways").register(meters);
    }
}
