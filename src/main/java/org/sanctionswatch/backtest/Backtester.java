package org.sanctionswatch.backtest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.Param;
import org.sanctionswatch.fact.Theatre;
import org.sanctionswatch.fact.WatchedCommodity;
import org.sanctionswatch.fact.WatchedPort;
import org.sanctionswatch.observation.ObservationStore;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.rules.CompiledRules;
import org.sanctionswatch.rules.PartialRules;
import org.sanctionswatch.rules.ReferenceFacts;
import org.sanctionswatch.rules.RuleBaseBuilder;
import org.sanctionswatch.rules.RuleEngine;
import org.sanctionswatch.rules.RuleEvaluator;
import org.sanctionswatch.rules.Ruleset;
import org.sanctionswatch.rules.RulesetService;
import org.sanctionswatch.system.Completions;
import org.sanctionswatch.system.DaemonThreads;
import org.springframework.stereotype.Service;

/**
 * Evaluates the current ruleset and a candidate on the same observations, in sessions of their own: live alerts are
 * never touched. For the present, the current side is what the live session finds and only the candidate is judged;
 * as known on a date, both sides judge the live session's observations as the date knew them (the store is read only
 * for the earlier versions of those reported since), or, once old observations have left the session, the store read
 * once. A candidate without DRL of its own judges only the rule groups its change touches ({@link PartialRules}) and
 * takes the others' findings from the current side.
 */
@Service
public class Backtester {

    private final ObservationStore observations;
    private final RulesetService rulesets;
    private final List<ReferenceFacts> reference;
    private final Clock clock;
    private final RuleEngine engine;
    private final ExecutorService sides = Executors.newCachedThreadPool(DaemonThreads.named("backtest-side-"));
    private static final int PART = 5_000;
    private final PartialRules partialRules = new PartialRules();

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
        Ruleset ruleset = rulesets.current().orElseThrow();
        CompiledRules currentRules = engine.rules();
        CompiledRules candidateRules = candidate.drl() == null ? currentRules : RuleBaseBuilder.build(candidate.drl());
        // Taken before the snapshot: a load committed after it makes the store's reads unfit to pair with the snapshot.
        long stamp = observations.commits();
        RuleEngine.Snapshot live = engine.snapshot().join();
        // The live session holds every current observation, judged with the current ruleset: unless a ruleset is being
        // installed (the session is not yet on it) or old observations have left it, it stands for the store.
        boolean liveStands = live.rulesetVersion().equals(ruleset.label()) && live.whole();
        if (asOf == null) {
            // The present: only the candidate is judged, on the live facts, reference facts and Today.
            if (liveStands) {
                // Without DRL of its own the candidate runs the session's rules, not those read before the wait.
                Optional<PartialRules.Partial> partial = candidate.drl() == null
                        ? partialFor(ruleset, live.rules(), candidate.parameters()) : Optional.empty();
                CompiledRules candidateOnLive = candidate.drl() == null ? live.rules() : candidateRules;
                RuleEvaluator.Judged after = judgeCandidate(partial, candidateOnLive, candidate.parameters(),
                        live.observations()::forEach, live.reference(), live.today(), live::judged);
                return BacktestResult.compare(ruleset.label(), "candidate", live.findings(), after.findings(),
                        after.groups(), from, to, null, live.observations().size(),
                        (System.nanoTime() - started) / 1_000_000)
                        .withMeasures(BacktestResult.measures(live.judged().measures(), after.measures()));
            }
            // Else judge both sides from the store.
        }
        Instant knownBy = asOf == null ? null : asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        LocalDate today = asOf != null ? asOf : LocalDate.now(clock);
        Map<String, List<Object>> facts = new HashMap<>();
        reference.forEach(r -> facts.putAll(r.current()));
        facts.putAll(engine.closedAlertFacts());
        // The current and the candidate side judge the same observations (the live ones as the date knew them, or
        // else the store read once, while the reader goes on), each in a session of its own on a thread of its own.
        // Without DRL of its own the candidate judges only the rule groups its change touches, and takes the other
        // groups' findings from the current side at the end.
        Optional<PartialRules.Partial> partial = candidate.drl() == null
                ? partialFor(ruleset, currentRules, candidate.parameters()) : Optional.empty();
        Parts current = new Parts();
        Parts candidateSide = new Parts();
        CompletableFuture<RuleEvaluator.Judged> before = CompletableFuture.supplyAsync(() -> RuleEvaluator.judge(
                currentRules, ruleset.parameters(), current::drainInto, facts, today), sides);
        CompletableFuture<RuleEvaluator.Judged> after = CompletableFuture.supplyAsync(() -> judgeCandidate(partial,
                candidateRules, candidate.parameters(), candidateSide::drainInto, facts, today,
                () -> Completions.join(before)), sides);
        long count;
        try {
            Optional<List<Observation>> known = knownBy != null && liveStands
                    ? knownFromLive(observations, live.observations(), knownBy, stamp) : Optional.empty();
            if (known.isPresent()) {
                List.of(current, candidateSide).forEach(side -> side.add(known.get()));
                count = known.get().size();
            } else {
                count = read(knownBy, List.of(current, candidateSide));
            }
        } finally {
            current.end();
            candidateSide.end();
        }
        // A side's own failure (a candidate rule that throws, say) surfaces as it would on this thread.
        RuleEvaluator.Judged currentJudged = Completions.join(before);
        RuleEvaluator.Judged candidateJudged = Completions.join(after);
        return BacktestResult.compare(ruleset.label(), "candidate", currentJudged.findings(),
                candidateJudged.findings(), candidateJudged.groups(), from, to, knownBy, count,
                (System.nanoTime() - started) / 1_000_000)
                .withMeasures(BacktestResult.measures(currentJudged.measures(), candidateJudged.measures()));
    }

    /** The candidate judged with its partial rule base when it has one (see RuleEvaluator#judgePartly), else whole. */
    private static RuleEvaluator.Judged judgeCandidate(Optional<PartialRules.Partial> partial, CompiledRules whole,
            ParameterSet parameters, Consumer<Consumer<Observation>> source, Map<String, List<Object>> facts,
            LocalDate today, Supplier<RuleEvaluator.Judged> current) {
        return partial.isPresent()
                ? RuleEvaluator.judgePartly(partial.get(), whole, parameters, source, facts, today, current)
                : RuleEvaluator.judge(whole, parameters, source, facts, today);
    }

    /** The partial rule base for a change of parameters from the ruleset's, or empty when every group is judged. */
    private Optional<PartialRules.Partial> partialFor(Ruleset ruleset, CompiledRules whole, ParameterSet candidate) {
        ParameterSet current = ruleset.parameters();
        return changedKeys(current, candidate).flatMap(keys -> partialRules.forChange(whole, ruleset.drlFiles(), keys,
                changedTypes(current, candidate)));
    }

    /** The keys whose values differ, or empty when the two do not declare the same keys. */
    static Optional<Set<String>> changedKeys(ParameterSet current, ParameterSet candidate) {
        Map<String, List<Param>> before = byKey(current);
        Map<String, List<Param>> after = byKey(candidate);
        if (!before.keySet().equals(after.keySet())) {
            return Optional.empty();
        }
        Set<String> changed = new HashSet<>();
        before.forEach((key, params) -> {
            if (!params.equals(after.get(key))) {
                changed.add(key);
            }
        });
        return Optional.of(changed);
    }

    /** The Param facts rules see, by key (a key declared twice gives two). */
    private static Map<String, List<Param>> byKey(ParameterSet parameters) {
        Map<String, List<Param>> byKey = new HashMap<>();
        for (Object fact : parameters.facts()) {
            if (fact instanceof Param p) {
                byKey.computeIfAbsent(p.key(), k -> new ArrayList<>()).add(p);
            }
        }
        return byKey;
    }

    /** The types of the facts besides parameters that differ: the watchlist, watched ports, theatres. */
    static Set<String> changedTypes(ParameterSet current, ParameterSet candidate) {
        Set<String> changed = new HashSet<>();
        if (!current.watchlist().equals(candidate.watchlist())) {
            changed.add(WatchedCommodity.class.getSimpleName());
        }
        if (!current.watchedPorts().equals(candidate.watchedPorts())) {
            changed.add(WatchedPort.class.getSimpleName());
        }
        if (!current.theatres().equals(candidate.theatres())) {
            changed.add(Theatre.class.getSimpleName());
        }
        return changed;
    }

    /**
     * The observations as known by an instant, from the live session's, in its load order: what
     * {@link ObservationStore#forEachKnownBy} reads, without parsing a million payloads again. A live observation
     * reported before the instant is the newest version the instant knew (it is the newest there is); one reported
     * since stands in the newest version reported before the instant, in its place, or not at all when there is none.
     * Only those are read from the store. Empty when a load was committed since the snapshot was taken (the store read
     * whole then stands instead).
     */
    static Optional<List<Observation>> knownFromLive(ObservationStore store, List<Observation> live, Instant knownBy,
            long stamp) {
        boolean[] since = new boolean[live.size()];
        List<String> reportedSince = new ArrayList<>();
        for (int i = 0; i < since.length; i++) {
            Observation o = live.get(i);
            since[i] = !asStored(o.reportedAt()).isBefore(knownBy);
            if (since[i]) {
                reportedSince.add(o.id());
            }
        }
        return store.versionsKnownBy(reportedSince, knownBy, stamp).map(earlier -> {
            List<Observation> known = new ArrayList<>(live.size());
            for (int i = 0; i < since.length; i++) {
                Observation then = since[i] ? earlier.get(live.get(i).id()) : live.get(i);
                if (then != null) {
                    known.add(then);
                }
            }
            return known;
        });
    }

    /** A report time as the store compares it: its column keeps microseconds, rounding half up. */
    static Instant asStored(Instant reportedAt) {
        return reportedAt.plusNanos(500).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /** Reads the observations (current, or as known by an instant) once, handing each part to every side. */
    private long read(Instant knownBy, List<Parts> to) {
        List<Observation> part = new ArrayList<>(PART);
        long[] count = {0};
        Consumer<Observation> reader = o -> {
            part.add(o);
            count[0]++;
            if (part.size() == PART) {
                List<Observation> full = List.copyOf(part);
                to.forEach(side -> side.add(full));
                part.clear();
            }
        };
        if (knownBy == null) {
            observations.forEachCurrent(reader);
        } else {
            observations.forEachKnownBy(knownBy, reader);
        }
        List<Observation> last = List.copyOf(part);
        to.forEach(side -> side.add(last));
        return count[0];
    }

    /** The parts read so far for one side, then an end. */
    private static final class Parts {

        private static final List<Observation> END = new ArrayList<>();
        private final BlockingQueue<List<Observation>> queue = new LinkedBlockingQueue<>();

        void add(List<Observation> part) {
            queue.add(part);
        }

        void end() {
            queue.add(END);
        }

        void drainInto(Consumer<Observation> session) {
            try {
                for (List<Observation> part = queue.take(); part != END; part = queue.take()) {
                    part.forEach(session);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the backtest was interrupted", e);
            }
        }
    }
}
