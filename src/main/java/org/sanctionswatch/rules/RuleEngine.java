package org.sanctionswatch.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.sanctionswatch.alert.AlertChanges;
import org.sanctionswatch.alert.AlertStore;
import org.sanctionswatch.alert.Suppression;
import org.sanctionswatch.fact.ClosedAlert;
import org.sanctionswatch.fact.EventHorizon;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.TheatreMeasure;
import org.sanctionswatch.fact.Today;
import org.sanctionswatch.fact.TradeHorizon;
import org.sanctionswatch.observation.ObservationSink;
import org.sanctionswatch.observation.ObservationStore;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.parameters.ParameterSpec;
import org.sanctionswatch.system.RuleRunawayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Owns the Drools session on one thread. Batches of new or revised observations are inserted and fired once; the
 * findings that appeared or disappeared become alert changes. At start-up the session is rebuilt from the store, and
 * a rule base that does not compile stops start-up.
 */
@Component
public class RuleEngine implements ObservationSink, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RuleEngine.class);
    /** Insertions between firings of a large batch: the network's work in bounded steps, whatever the batch. */
    static final int FIRE_EVERY = 20_000;
    private static final Object COMMIT = new Object();
    private static final Object ABORT = new Object();
    private static final String SUPPRESSION_DAYS = ".suppressionDays";

    private final ObservationStore observations;
    private final AlertStore alerts;
    private final Clock clock;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "rules-engine");
        t.setDaemon(true);
        return t;
    });

    // Touched only on the engine thread.
    private KieSession session;
    /** The session's observations go in and out through these, which keep the reported periods beside them. */
    private ObservationFacts observationFacts;
    private FindingCollector collector;
    /** Every current observation's handle, in load order (a backtest judges the snapshot in this order). */
    private final Map<String, FactHandle> handles = new LinkedHashMap<>();
    private final Map<String, List<FactHandle>> referenceHandles = new HashMap<>();
    private static final String CLOSED_ALERTS = "closed-alerts";
    private Map<String, String> closed = Map.of();
    private FactHandle today;
    /** Which observations leave the session, and the handles of the horizon facts rules read. */
    private Retention retention;
    private final Map<Object, FactHandle> horizons = new HashMap<>();

    // Read by other threads.
    private volatile CompiledRules rules;
    private volatile String rulesetVersion;
    private volatile Map<String, RuleHealth> health = Map.of();
    private final Set<String> halted = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile ParameterSet installedParameters;
    private volatile Map<String, Map<String, TheatreMeasure>> measures = Map.of();

    private final List<ReferenceFacts> referenceFacts;
    /**
     * A load whose next part does not arrive within this time is taken out of the session: the store is taken to
     * have failed. Once every part is taken the store is committing, and the engine waits for the outcome however
     * long the database takes: a load it gave up on could still commit, and would then be stored but never judged.
     */
    private final Duration partTimeout;
    /** Whether observations leave the session once they are too old to be judged ({@link Retention}). */
    private final boolean retain;
    private final Period lateBy;

    RuleEngine(ObservationStore observations, AlertStore alerts, Clock clock, List<ReferenceFacts> referenceFacts,
            RulesetService rulesets, @Value("${sanctionswatch.engine.part-timeout:10m}") Duration partTimeout,
            @Value("${sanctionswatch.engine.retention.enabled:false}") boolean retain,
            @Value("${sanctionswatch.engine.retention.late-by:P1Y}") Period lateBy) {
        this.referenceFacts = List.copyOf(referenceFacts);
        this.partTimeout = partTimeout;
        this.retain = retain;
        this.lateBy = lateBy;
        this.observations = observations;
        this.alerts = alerts;
        this.clock = clock;
        Ruleset initial = rulesets.startup();
        CompiledRules compiled = RuleBaseBuilder.buildOrTakeEarly(initial.drlFiles());
        onEngineThread(() -> {
            rebuild(compiled, initial.parameters(), initial.label());
            return null;
        });
    }

    /**
     * Takes a load's parts on the engine thread as the store writes them: each part is inserted (or updates the fact
     * it revises) and the rules fire every {@value #FIRE_EVERY} observations, while the store writes the next part.
     * Alerts are decided only once the load is committed; a rolled-back load is taken out of the session again. The
     * engine thread belongs to the load until then, so no other work sees its uncommitted facts.
     */
    @Override
    public Judging begin() {
        BlockingQueue<Object> parts = new LinkedBlockingQueue<>();
        CompletableFuture<Judgement> done = CompletableFuture.supplyAsync(() -> judgeParts(parts), thread);
        return new Judging() {
            @Override
            public void add(List<Observation> changed) {
                if (done.isCompletedExceptionally()) {
                    done.join(); // throws the engine's failure, so that the store rolls the load back
                }
                if (!changed.isEmpty()) {
                    parts.add(List.copyOf(changed));
                }
            }

            @Override
            public void settle() {
                CompletableFuture<Object> reached = new CompletableFuture<>();
                parts.add(reached);
                CompletableFuture.anyOf(reached, done).join();
                if (done.isCompletedExceptionally()) {
                    done.join();
                }
            }

            @Override
            public CompletableFuture<Judgement> commit() {
                parts.add(COMMIT);
                return done;
            }

            @Override
            public CompletableFuture<Judgement> abort() {
                parts.add(ABORT);
                return done;
            }
        };
    }

    /**
     * Replaces a group of reference facts (for example the vessels of one sanctions list) and judges again: stored
     * observations are re-screened against the new facts, and findings that no longer hold are withdrawn.
     */
    public CompletableFuture<Judgement> replaceReference(String group, List<?> facts) {
        return CompletableFuture.supplyAsync(() -> {
            insertReference(group, facts);
            return fireAndApply();
        }, thread);
    }

    /** Moves the engine's Today fact to the clock's date and judges again (decay, blackouts, "still active"). */
    public CompletableFuture<Judgement> tick() {
        return CompletableFuture.supplyAsync(() -> fireAndApply().and(expire()), thread);
    }

    private void insertReference(String group, List<?> facts) {
        for (FactHandle h : referenceHandles.getOrDefault(group, List.of())) {
            session.delete(h);
        }
        List<FactHandle> inserted = new ArrayList<>(facts.size());
        for (Object fact : facts) {
            inserted.add(session.insert(fact));
        }
        referenceHandles.put(group, inserted);
    }

    /** The measures of each theatre (by measure: ESCALATION, SANCTIONS), as of the last batch judged. */
    public Map<String, Map<String, TheatreMeasure>> measures() {
        return measures;
    }

    /** The parameters the running session was built with. */
    public ParameterSet installedParameters() {
        return installedParameters;
    }

    public String rulesetVersion() {
        return rulesetVersion;
    }

    public CompiledRules rules() {
        return rules;
    }

    public Map<String, RuleHealth> health() {
        return health;
    }

    /**
     * What the live session holds at a moment: the current observations, the reference facts (closed alerts among
     * them), its Today and its findings. A backtest of the present takes its current side from here instead of
     * judging every observation again; the observations are immutable records, shared, not copied. {@code whole} is
     * false once observations have left the session ({@link Retention}): it then no longer holds every current one,
     * and its findings include some whose evidence is gone. {@code findings}
     * has one finding per dedup key, as alerts see them; {@code judged} every finding besides, two under one key among
     * them, and what the rules derived by group.
     */
    public record Snapshot(String rulesetVersion, CompiledRules rules, LocalDate today,
            List<Observation> observations, Map<String, List<Object>> reference, RuleEvaluator.Judged judged,
            boolean whole) {

        public Map<String, Finding> findings() {
            return judged.findings();
        }
    }

    /**
     * Takes a snapshot on the engine thread, after any load or other judgement queued before it. The observations
     * come in load order: a series inserted in the order it was loaded builds its windows once.
     */
    public CompletableFuture<Snapshot> snapshot() {
        return CompletableFuture.supplyAsync(() -> {
            List<Observation> held = new ArrayList<>(handles.size());
            handles.values().forEach(h -> held.add((Observation) session.getObject(h)));
            Map<String, List<Object>> reference = new HashMap<>();
            referenceHandles.forEach((group, facts) -> reference.put(group,
                    facts.stream().map(session::getObject).toList()));
            return new Snapshot(rulesetVersion, rules, ((Today) session.getObject(today)).date(), held, reference,
                    new RuleEvaluator.Judged(collector.all(), collector.every(), collector.derivers(),
                            rules.groups(), collector.levels()), retention.left() == 0);
        }, thread);
    }

    /** How a fact stood before a load touched it: absent (no previous object) or an earlier version. */
    private record Undo(String id, FactHandle handle, Observation previous) {
    }

    @SuppressWarnings("unchecked")
    private Judgement judgeParts(BlockingQueue<Object> parts) {
        List<Undo> undo = new ArrayList<>();
        int unfired = 0;
        int behind = 0;
        boolean settled = false;
        while (true) {
            Object part;
            try {
                part = take(parts, settled);
                if (part == ABORT) {
                    forget(undo);
                    return Judgement.NONE;
                }
                if (part == COMMIT) {
                    break;
                }
                if (part instanceof CompletableFuture<?> reached) {
                    // every part is in: the load is judged before the store commits it, so that a rule that fires
                    // without end on it refuses the load (the watchdog halts it) and nothing of it is stored
                    fire();
                    settled = true;
                    ((CompletableFuture<Object>) reached).complete(null);
                    continue;
                }
                for (Observation o : (List<Observation>) part) {
                    FactHandle h = handles.get(o.id());
                    if (h == null && retention.behind(o)) {
                        behind++;
                        continue;
                    }
                    if (h == null) {
                        h = observationFacts.insert(o);
                        handles.put(o.id(), h);
                        undo.add(new Undo(o.id(), h, null));
                    } else {
                        undo.add(new Undo(o.id(), h, (Observation) session.getObject(h)));
                        observationFacts.update(h, o);
                    }
                    if (++unfired == FIRE_EVERY) {
                        fire();
                        unfired = 0;
                    }
                }
            } catch (RuntimeException | Error e) {
                // Before the commit nothing of the load may stay: the store hears of the failure at its next part
                // (or its commit) and rolls back.
                try {
                    forget(undo);
                } catch (RuntimeException alsoFailed) {
                    e.addSuppressed(alsoFailed);
                }
                throw e;
            }
        }
        // Committed: the facts stay whatever the judgement does.
        if (behind > 0) {
            log.info("{} observations of a load were dated before what the session holds: stored, not judged until "
                    + "the next start (sanctionswatch.engine.retention)", behind);
        }
        if (undo.isEmpty()) {
            return Judgement.NONE;
        }
        LocalDate day = LocalDate.now(clock);
        for (Undo u : undo) {
            retention.held((Observation) session.getObject(u.handle()), day);
        }
        return fireAndApply().and(expire());
    }

    /**
     * Lets go of the observations that have fallen behind the retention horizons ({@link Retention}), and moves the
     * horizon facts the rules read. Letting go changes no alert: a finding that loses its evidence stays as it stood
     * (inserted again as it was, so that it still counts toward its theatre's escalation), one that changes keeps its
     * alert as it was, and one that appears is a rule reading a window it does not guard, and is not alerted. Only
     * the escalation level's own alerts follow what the theatres' findings add up to.
     */
    private Judgement expire() {
        List<String> due = retention.due();
        boolean moved = moveHorizons();
        if (due.isEmpty() && !moved) {
            return Judgement.NONE;
        }
        int left = 0;
        for (String id : due) {
            FactHandle h = handles.remove(id);
            if (h != null) {
                observationFacts.expire(h);
                left++;
            }
        }
        fire();
        Map<String, Finding> stood = collector.stoodBefore();
        Map<String, Finding> changes = collector.drain();
        java.util.Set<String> levelKeys = new java.util.HashSet<>();
        int kept = 0;
        for (Map.Entry<String, Finding> e : changes.entrySet()) {
            Finding before = stood.get(e.getKey());
            if (isMeasure(e.getKey())) {
                levelKeys.add(e.getKey());
            } else if (e.getValue() == null && before != null) {
                session.insert(before);
                kept++;
            } else if (before == null && e.getValue() != null) {
                log.warn("Finding {} appeared when old observations left the session: its rule reads a window that "
                        + "no horizon guards; not alerted", e.getKey());
            }
        }
        if (kept > 0) {
            fire();
            collector.drain().keySet().stream().filter(RuleEngine::isMeasure).forEach(levelKeys::add);
        }
        measures = collector.levels();
        Map<String, Finding> levels = new HashMap<>();
        levelKeys.forEach(k -> levels.put(k, collector.current(k)));
        AlertChanges applied = alerts.apply(levels, rulesetVersion, suppression(installedParameters));
        log.debug("{} observations left the session; {} findings kept as they stood", left, kept);
        return new Judgement(applied.raised(), applied.updated(), applied.cleared(), List.of());
    }

    private static boolean isMeasure(String dedupKey) {
        return dedupKey.startsWith(TheatreMeasure.ESCALATION_RULE + "|")
                || dedupKey.startsWith(TheatreMeasure.SANCTIONS_RULE + "|");
    }

    /** Moves the horizon facts to the retention's; true when one moved. */
    private boolean moveHorizons() {
        boolean moved = false;
        for (Object h : retention.horizons()) {
            FactHandle handle = horizons.get(horizonKey(h));
            if (handle != null && !h.equals(session.getObject(handle))) {
                session.update(handle, h);
                moved = true;
            }
        }
        return moved;
    }

    /** What one horizon is of: a trade granularity or a kind of event; null for a fact that is no horizon. */
    private static Object horizonKey(Object fact) {
        if (fact instanceof TradeHorizon h) {
            return h.monthly();
        }
        return fact instanceof EventHorizon h ? h.kind() : null;
    }

    /** Takes a rolled-back load out of the session: its findings are withdrawn before any alert heard of them. */
    private void forget(List<Undo> undo) {
        for (int i = undo.size() - 1; i >= 0; i--) {
            Undo u = undo.get(i);
            if (u.previous() == null) {
                observationFacts.delete(u.handle());
                handles.remove(u.id());
            } else {
                observationFacts.update(u.handle(), u.previous());
            }
        }
        fire();
        collector.drain();
    }

    /** The next part; once the load is settled, its outcome (commit or abort), which the store always sends. */
    private Object take(BlockingQueue<Object> parts, boolean settled) {
        try {
            if (settled) {
                return parts.take();
            }
            Object part = parts.poll(partTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (part == null) {
                throw new IllegalStateException("no part of the load arrived within " + partTimeout
                        + " (sanctionswatch.engine.part-timeout); the load is taken back out of the session");
            }
            return part;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the engine was stopped while judging a load", e);
        }
    }

    /**
     * How many observations the session holds (every current one): for monitoring, and to check a rollback. Waits
     * for the engine thread, so it answers after any load being judged.
     */
    public CompletableFuture<Integer> observationsHeld() {
        return CompletableFuture.supplyAsync(() -> session.getObjects(o -> o instanceof Observation).size(), thread);
    }

    private Judgement fireAndApply() {
        Judgement first = fireAndApplyOnce();
        // A person's act or a reopen may have changed which alerts are closed; their findings stop (or start again)
        // adding to escalation, which may change alerts once more.
        Map<String, String> closedNow = alerts.closed();
        if (closedNow.equals(closed)) {
            return first;
        }
        insertClosed(closedNow);
        return first.and(fireAndApplyOnce());
    }

    private void insertClosed(Map<String, String> closedNow) {
        closed = closedNow;
        insertReference(CLOSED_ALERTS, closedFacts(closedNow));
    }

    private static List<Object> closedFacts(Map<String, String> closed) {
        return closed.entrySet().stream().map(e -> (Object) new ClosedAlert(e.getKey(), e.getValue())).toList();
    }

    /**
     * The alerts people have closed, as the reference facts the live session holds them in: a session of its own
     * (a backtest) given these judges escalation as the live one does, without the findings people closed.
     */
    public Map<String, List<Object>> closedAlertFacts() {
        return Map.of(CLOSED_ALERTS, closedFacts(alerts.closed()));
    }

    private Judgement fireAndApplyOnce() {
        advanceToday();
        fire();
        measures = collector.levels();
        Map<String, Finding> changes = collector.drain();
        List<String> runaways = holdBackRunaways(changes);
        AlertChanges applied = alerts.apply(changes, rulesetVersion, suppression(installedParameters));
        return new Judgement(applied.raised(), applied.updated(), applied.cleared(), runaways);
    }

    /**
     * Swaps the engine onto a compiled rule base and parameters: a fresh session replays every stored observation
     * on the engine thread, so that no batch is judged in between and none is lost or judged twice; then alerts are
     * reconciled with what the new ruleset finds.
     */
    public CompletableFuture<Void> install(CompiledRules compiled, ParameterSet params, String label) {
        return CompletableFuture.runAsync(() -> rebuild(compiled, params, label), thread);
    }

    private void rebuild(CompiledRules compiled, ParameterSet params, String label) {
        long started = System.nanoTime();
        if (session != null) {
            session.dispose();
        }
        handles.clear();
        referenceHandles.clear();
        horizons.clear();
        // a new rule base was tried before it came here (or is the one the service started with): none is held yet,
        // and its health is judged afresh by the replay below
        halted.clear();
        health = Map.of();
        KieSession fresh = compiled.newSession();
        FindingCollector fresher = FindingCollector.of(params);
        fresh.addEventListener(fresher);
        for (Object fact : params.facts()) {
            FactHandle handle = fresh.insert(fact);
            if (horizonKey(fact) != null) {
                horizons.put(horizonKey(fact), handle);
            }
        }
        retention = retain ? new Retention(true, lateBy, params) : Retention.off(params);
        session = fresh;
        observationFacts = new ObservationFacts(fresh, params);
        collector = fresher;
        today = session.insert(new Today(LocalDate.now(clock)));
        rules = compiled;
        rulesetVersion = label;
        installedParameters = params;
        for (ReferenceFacts source : referenceFacts) {
            source.current().forEach(this::insertReference);
        }
        insertClosed(alerts.closed());
        int[] count = {0};
        LocalDate day = LocalDate.now(clock);
        observations.forEachCurrent(o -> {
            handles.put(o.id(), observationFacts.insert(o));
            retention.held(o, day);
            if (++count[0] % FIRE_EVERY == 0) {
                fireHolding();
            }
        });
        fireHolding();
        measures = collector.levels();
        Map<String, Finding> live = collector.drain();
        live.values().removeIf(f -> f == null);
        holdBackRunaways(live);
        Suppression suppression = suppression(params);
        AlertChanges applied = alerts.apply(live, rulesetVersion, suppression);
        int cleared = alerts.clearAllExcept(collector.all().keySet(), suppression);
        // Alerts are reconciled with the whole store first; then what is too old to judge leaves the session.
        expire();
        log.info("Rule engine ready: ruleset {} ({} rules), {} observations replayed, {} findings live, "
                + "{} alerts raised, {} updated, {} cleared, in {} ms", rulesetVersion, compiled.ruleNames().size(),
                count[0], live.size(), applied.raised(), applied.updated(), cleared,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /**
     * The suppression windows in the parameters: {@code <RULE>.suppressionDays} per rule (a negative value defers to
     * the default), else {@code alerts.suppressionDays}, else none.
     */
    static Suppression suppression(ParameterSet params) {
        Duration otherwise = Suppression.days(Math.max(0, params.number("alerts.suppressionDays").orElse(0.0)));
        Map<String, Duration> byRule = new HashMap<>();
        for (ParameterSpec p : params.parameters()) {
            if (p.key().endsWith(SUPPRESSION_DAYS) && !p.key().startsWith("alerts.") && p.number() != null
                    && p.number() >= 0) {
                byRule.put(p.key().substring(0, p.key().length() - SUPPRESSION_DAYS.length()),
                        Suppression.days(p.number()));
            }
        }
        return new Suppression(byRule, otherwise);
    }

    /**
     * Fires the agenda under the watchdog's limits, the rules held back as runaways left out. A rule that fires without
     * end is halted, held back from now on and shown as a runaway in the rules' health, and the judgement it stopped
     * (a load, a day's move) is refused with its name.
     */
    private void fire() {
        try {
            Watchdog.fire(session, Watchdog.Limits.of(installedParameters), halted);
        } catch (RuleRunawayException e) {
            halted.add(e.rule());
            Map<String, RuleHealth> next = new LinkedHashMap<>(health);
            String ruleId = RuleBaseBuilder.ruleId(e.rule());
            next.put(ruleId, new RuleHealth(ruleId, true, (int) Math.min(Integer.MAX_VALUE, e.firings()),
                    (int) Math.min(Integer.MAX_VALUE, Watchdog.Limits.of(installedParameters).maxFirings()),
                    List.of(e.rule() + ": fired without end, held back from firing"), clock.instant(), 0));
            health = Map.copyOf(next);
            log.warn("{}; it is held back from firing", e.getMessage());
            throw e;
        }
    }

    /** As {@link #fire}, but a rule that runs away is held back and the pass goes on without it: a rebuild completes. */
    private void fireHolding() {
        for (int attempt = 0; ; attempt++) {
            try {
                fire();
                return;
            } catch (RuleRunawayException e) {
                if (attempt > rules.ruleNames().size()) {
                    throw e;
                }
            }
        }
    }

    /** The names of the rules held back from firing because they fired without end. */
    public Set<String> halted() {
        return Set.copyOf(halted);
    }

    private void advanceToday() {
        Today now = new Today(LocalDate.now(clock));
        if (!now.equals(session.getObject(today))) {
            session.update(today, now);
        }
    }

    /**
     * A rule that raises more findings in one batch than {@code engine.runawayLimit} is probably mistuned: its
     * findings are held back (not alerted) and the rule is flagged, while the other rules go on.
     */
    private List<String> holdBackRunaways(Map<String, Finding> changes) {
        int limit = installedParameters.number("engine.runawayLimit").orElse(2000.0).intValue();
        Map<String, Integer> raisedByRule = new HashMap<>();
        changes.values().stream().filter(f -> f != null)
                .forEach(f -> raisedByRule.merge(f.ruleId(), 1, Integer::sum));
        Map<String, RuleHealth> next = new LinkedHashMap<>(health);
        List<String> runaways = new ArrayList<>();
        Instant now = clock.instant();
        raisedByRule.forEach((ruleId, n) -> {
            if (n > limit) {
                runaways.add(ruleId);
                List<String> sample = changes.values().stream().filter(f -> f != null && f.ruleId().equals(ruleId))
                        .map(Finding::subject).sorted().limit(20).toList();
                RuleHealth before = next.get(ruleId);
                next.put(ruleId, new RuleHealth(ruleId, true, n, limit, sample, now,
                        (before == null ? 0 : before.heldFindings()) + n));
                changes.values().removeIf(f -> f != null && f.ruleId().equals(ruleId));
                log.warn("Rule {} raised {} findings in one batch (limit {}): held back as a runaway", ruleId, n,
                        limit);
            }
        });
        health = Map.copyOf(next);
        return runaways;
    }

    private <T> T onEngineThread(java.util.concurrent.Callable<T> work) {
        try {
            return thread.submit(work).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        thread.shutdown();
        if (!thread.awaitTermination(30, TimeUnit.SECONDS)) {
            thread.shutdownNow();
            thread.awaitTermination(5, TimeUnit.SECONDS);
        }
        if (session != null) {
            session.dispose();
        }
    }
}
