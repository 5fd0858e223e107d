package org.sanctionswatch.rules;

import org.sanctionswatch.alert.AlertStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A resolved, dismissed or reopened alert changes what adds to escalation: the engine judges again. */
@Component
class ClosedAlertListener {

    private final RuleEngine engine;

    ClosedAlertListener(RuleEngine engine) {
        this.engine = engine;
    }

    @EventListener
    void on(AlertStatusChanged change) {
        engine.tick().join();
    }
}
