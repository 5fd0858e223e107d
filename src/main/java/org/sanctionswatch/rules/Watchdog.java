package org.sanctionswatch.rules;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.system.DaemonThreads;
import org.sanctionswatch.system.RuleRunawayException;

/**
 * No rule may hang the engine: every firing pass has a limit on firings ({@code engine.maxFiringsPerPass}) and on
 * time ({@code engine.maxPassSeconds}). A pass that reaches either is halted, and the rule that fired most in it is
 * named; rules held back already do not fire at all.
 */
final class Watchdog {

    static final String MAX_FIRINGS = "engine.maxFiringsPerPass";
    static final String MAX_SECONDS = "engine.maxPassSeconds";

    private static final ScheduledExecutorService ALARMS =
            Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("rule-watchdog-"));

    private Watchdog() {
    }

    /** The limits of one firing pass. */
    record Limits(long maxFirings, Duration maxTime) {

        static Limits of(ParameterSet parameters) {
            return new Limits(parameters.number(MAX_FIRINGS).orElse(5_000_000.0).longValue(),
                    Duration.ofMillis((long) (parameters.number(MAX_SECONDS).orElse(120.0) * 1000)));
        }
    }

    /**
     * Fires the session's agenda, skipping the rules in {@code held}; a pass that reaches a limit is halted and
     * answered with the rule that fired most in it.
     */
    static int fire(KieSession session, Limits limits, Set<String> held) {
        Map<String, Long> fired = new HashMap<>();
        var counting = new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.merge(event.getMatch().getRule().getName(), 1L, Long::sum);
            }
        };
        AtomicBoolean late = new AtomicBoolean();
        session.addEventListener(counting);
        ScheduledFuture<?> alarm = ALARMS.schedule(() -> {
            late.set(true);
            session.halt();
        }, Math.max(1, limits.maxTime().toMillis()), TimeUnit.MILLISECONDS);
        int count;
        try {
            int max = (int) Math.min(Integer.MAX_VALUE, limits.maxFirings());
            count = held.isEmpty() ? session.fireAllRules(max)
                    : session.fireAllRules(match -> !held.contains(match.getRule().getName()), max);
        } finally {
            alarm.cancel(false);
            session.removeEventListener(counting);
        }
        if (count >= limits.maxFirings() || late.get()) {
            Map.Entry<String, Long> worst = fired.entrySet().stream().max(Map.Entry.comparingByValue())
                    .orElse(Map.entry("(none)", 0L));
            throw new RuleRunawayException("Rule '" + worst.getKey() + "' fired " + worst.getValue() + " times in one "
                    + "pass, which reached " + (late.get() ? "the time limit of " + limits.maxTime().toSeconds()
                    + " s (" + MAX_SECONDS + ")" : "the limit of " + limits.maxFirings() + " firings ("
                    + MAX_FIRINGS + ")") + ": it fires without end", worst.getKey(), worst.getValue());
        }
        return count;
    }
}
