package org.sanctionswatch.rules;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Advances the engine's Today fact; hourly, so that a date change is seen within the hour. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EngineClock {

    private final RuleEngine engine;

    EngineClock(RuleEngine engine) {
        this.engine = engine;
    }

    @Scheduled(fixedDelayString = "${sanctionswatch.engine.tick:PT1H}", initialDelayString = "${sanctionswatch.engine.tick:PT1H}")
    void tick() {
        engine.tick().join();
    }
}
