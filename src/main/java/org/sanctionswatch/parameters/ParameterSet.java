package org.sanctionswatch.parameters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionswatch.fact.EventHorizon;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.Param;
import org.sanctionswatch.fact.Scope;
import org.sanctionswatch.fact.Theatre;
import org.sanctionswatch.fact.TradeHorizon;
import org.sanctionswatch.fact.WatchedCommodity;
import org.sanctionswatch.fact.WatchedPort;

/** The parameters, commodity watchlist, watched ports and theatres in force. Immutable. */
public record ParameterSet(List<ParameterSpec> parameters, List<WatchedCommodity> watchlist, List<WatchedPort> watchedPorts,
        List<Theatre> theatres) {

    public ParameterSet {
        parameters = List.copyOf(parameters);
        watchlist = List.copyOf(watchlist);
        watchedPorts = List.copyOf(watchedPorts);
        theatres = List.copyOf(theatres);
    }

    /** A copy with one numeric parameter changed (the key must be declared). */
    public ParameterSet withNumber(String key, double value) {
        if (!byKey().containsKey(key)) {
            throw new IllegalArgumentException("unknown parameter " + key);
        }
        List<ParameterSpec> changed = parameters.stream().map(p -> p.key().equals(key)
                ? new ParameterSpec(p.key(), p.type(), p.unit(), p.min(), p.max(), p.description(), value, p.text())
                : p).toList();
        return new ParameterSet(changed, watchlist, watchedPorts, theatres);
    }

    /** A copy with one text parameter changed (the key must be declared). */
    public ParameterSet withText(String key, String value) {
        if (!byKey().containsKey(key)) {
            throw new IllegalArgumentException("unknown parameter " + key);
        }
        List<ParameterSpec> changed = parameters.stream().map(p -> p.key().equals(key)
                ? new ParameterSpec(p.key(), p.type(), p.unit(), p.min(), p.max(), p.description(), p.number(), value)
                : p).toList();
        return new ParameterSet(changed, watchlist, watchedPorts, theatres);
    }

    public ParameterSet withTheatres(List<Theatre> changed) {
        return new ParameterSet(parameters, watchlist, watchedPorts, changed);
    }

    public ParameterSet withWatchlist(List<WatchedCommodity> changed) {
        return new ParameterSet(parameters, changed, watchedPorts, theatres);
    }

    public Map<String, ParameterSpec> byKey() {
        Map<String, ParameterSpec> map = new LinkedHashMap<>();
        parameters.forEach(p -> map.put(p.key(), p));
        return map;
    }

    public Optional<Double> number(String key) {
        return parameters.stream().filter(p -> p.key().equals(key)).findFirst().map(ParameterSpec::number);
    }

    public Optional<String> text(String key) {
        return parameters.stream().filter(p -> p.key().equals(key)).findFirst().map(ParameterSpec::text);
    }

    /**
     * What rules see: a {@link Param} per parameter, the watched commodities and the theatres; and the horizons of a
     * session that holds every period and day ({@link TradeHorizon#EVERYTHING}, {@link EventHorizon#EVERYTHING}),
     * which the live engine moves when it lets old observations go.
     */
    public List<Object> facts() {
        List<Object> facts = new ArrayList<>();
        for (ParameterSpec p : parameters) {
            facts.add(new Param(p.key(), p.number() == null ? Double.NaN : p.number(), p.text()));
        }
        facts.addAll(watchlist);
        facts.addAll(watchedPorts);
        facts.addAll(theatres);
        facts.addAll(TradeHorizon.EVERYTHING);
        facts.addAll(EventHorizon.EVERYTHING);
        return facts;
    }

    /**
     * The theatre an observation is filed under when its loader names none: the first whose definition takes it in
     * (an event between its parties, or what a clause names), or null.
     */
    public String theatreOf(Observation o) {
        Scope scope = Scope.of(o);
        for (Theatre t : theatres) {
            if (t.covers(scope)) {
                return t.id();
            }
        }
        return null;
    }
}
