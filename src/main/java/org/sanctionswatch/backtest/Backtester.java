package org.sanctionswatch.backtest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.observation.ObservationStore;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.rules.CompiledRules;
import org.sanctionswatch.rules.ReferenceFacts;
import org.sanctionswatch.rules.RuleBaseBuilder;
import org.sanctionswatch.rules.RuleEngine;
import org.sanctionswatch.rules.RuleEvaluator;
import org.sanctionswatch.rules.Ruleset;
import org.sanctionswatch.rules.RulesetService;
import org.springframework.stereotype.Service;

/**
 * Evaluates the current ruleset and a candidate on the same stored observations (optionally as known on a date), in
 * sessions of their own: live alerts are never touched.
 */
@Service
public class Backtester {

    private final ObservationStore observations;
    private final RulesetService rulesets;
    private final List<ReferenceFacts> reference;
    private final Clock clock;
    private final RuleEngine engine;

    Backtester(ObservationStore observations, RulesetService rulesets, List<ReferenceFacts> reference, Clock clock,
            RuleEngine engine) {
        this.engine = engine;
        this.observations = observations;
        this.rulesets = rulesets;
        this.reference = reference;
        this.clock = clock;
    }

    /** A candidate: parameters, and DRL files when an administrator tries rule logic (null: the current DRL). */
    public record Candidate(ParameterSet parameters, Map<String, String> drl) {
    }

    public BacktestResult run(Candidate candidate, LocalDate from, LocalDate to, LocalDate asOf) {
        long started = System.nanoTime();
        Ruleset current = rulesets.current().orElseThrow();
        CompiledRules currentRules = engine.rules();
        CompiledRules candidateRules = candidate.drl() == null ? currentRules : RuleBaseBuilder.build(candidate.drl());
        Instant knownBy = asOf == null ? null : asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        LocalDate today = asOf != null ? asOf : LocalDate.now(clock);
        Map<String, List<Object>> facts = new java.util.HashMap<>();
        reference.forEach(r -> facts.putAll(r.current()));
        long[] count = {0};
        Consumer<Consumer<Observation>> source = sink -> {
            count[0] = 0;
            Consumer<Observation> counting = o -> {
                count[0]++;
                sink.accept(o);
            };
            if (knownBy == null) {
                observations.forEachCurrent(counting);
            } else {
                observations.forEachKnownBy(knownBy, counting);
            }
        };
        Map<String, Finding> before = RuleEvaluator.evaluate(currentRules, current.parameters(), source, facts, today);
        Map<String, Finding> after = RuleEvaluator.evaluate(candidateRules, candidate.parameters(), source, facts,
                today);
        return BacktestResult.compare(current.label(), "candidate", before, after, from, to, knownBy, count[0],
                (System.nanoTime() - started) / 1_000_000);
    }
}
