package org.sanctionswatch.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.sanctionswatch.fact.EventHorizon;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.TheatreMeasure;
import org.sanctionswatch.fact.Today;
import org.sanctionswatch.fact.TradeHorizon;
import org.sanctionswatch.parameters.ParameterFiles;
import org.sanctionswatch.parameters.ParameterSet;

/** A bare session on the real rules folder and parameter file, for rule tests without Spring. */
public final class RulesHarness implements AutoCloseable {

    private static final CompiledRules RULES = RuleBaseBuilder.build(Path.of("rules"));

    private final KieSession session;
    private final ObservationFacts observations;
    private FactHandle today;
    private final java.util.Map<String, FactHandle> handles = new java.util.HashMap<>();

    private final FindingCollector collector;

    private RulesHarness(ParameterSet parameters) {
        session = RULES.newSession();
        collector = FindingCollector.of(parameters);
        session.addEventListener(collector);
        observations = new ObservationFacts(session, parameters);
        parameters.facts().forEach(session::insert);
    }

    public static RulesHarness withDefaults() {
        return new RulesHarness(defaults());
    }

    public static RulesHarness with(UnaryOperator<ParameterSet> change) {
        return new RulesHarness(change.apply(defaults()));
    }

    public static ParameterSet defaults() {
        return ParameterFiles.read(Path.of("rules/parameters.json"));
    }

    public RulesHarness insert(Collection<? extends Observation> observations) {
        observations.forEach(o -> handles.put(o.id(), this.observations.insert(o)));
        return this;
    }

    /** Lets observations go as the engine does when they are too old to judge ({@link ObservationFacts#expire}). */
    public RulesHarness expire(Collection<? extends Observation> observations) {
        observations.forEach(o -> this.observations.expire(handles.remove(o.id())));
        return this;
    }

    /** Other facts: listed vessels, or anything a rule reads besides observations and parameters. */
    public RulesHarness insertFacts(Collection<?> facts) {
        facts.forEach(session::insert);
        return this;
    }

    /** Sets the present moment, as the engine does once a day. */
    public RulesHarness today(LocalDate date) {
        if (today == null) {
            today = session.insert(new Today(date));
        } else {
            session.update(today, new Today(date));
        }
        return this;
    }

    /** Moves an event horizon, as the engine does when old reports leave its session ({@link EventHorizon}). */
    public RulesHarness horizon(String kind, LocalDate first) {
        FactHandle handle = session.getFactHandles(o -> o instanceof EventHorizon h && h.kind().equals(kind))
                .iterator().next();
        session.update(handle, new EventHorizon(kind, first));
        return this;
    }

    /** Moves a trade horizon, as the engine does when old flows leave its session ({@link TradeHorizon}). */
    public RulesHarness horizon(boolean monthly, int firstIndex) {
        FactHandle handle = session.getFactHandles(o -> o instanceof TradeHorizon h && h.monthly() == monthly)
                .iterator().next();
        session.update(handle, new TradeHorizon(monthly, firstIndex));
        return this;
    }

    /** The facts of a type in the session after firing, for derived facts such as escalation levels. */
    public <T> List<T> facts(Class<T> type) {
        session.fireAllRules();
        return session.getObjects(type::isInstance).stream().map(type::cast).toList();
    }

    public List<Finding> fire() {
        session.fireAllRules();
        return new ArrayList<>(session.getObjects(o -> o instanceof Finding).stream().map(Finding.class::cast)
                .toList());
    }

    /** The findings of a rule as their alerts show them: placed in their theatres, marked when uncorroborated. */
    public List<Finding> alerted(String ruleId) {
        session.fireAllRules();
        return collector.all().values().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** One measure (ESCALATION or SANCTIONS) of the theatre of {@link Facts#THEATRE}, or null when it has none. */
    public TheatreMeasure measure(String measure) {
        return facts(TheatreMeasure.class).stream()
                .filter(m -> m.theatre().equals(Facts.THEATRE) && m.measure().equals(measure)).findFirst()
                .orElse(null);
    }

    public List<Finding> fired(String ruleId) {
        return fire().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Override
    public void close() {
        session.dispose();
    }
}
