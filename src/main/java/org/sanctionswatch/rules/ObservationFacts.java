package org.sanctionswatch.rules;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.RailHistory;
import org.sanctionswatch.fact.RailTraffic;
import org.sanctionswatch.fact.ReportedPeriod;
import org.sanctionswatch.fact.TradeFlow;

/**
 * The observations of one session, and the facts the engine keeps beside them: a {@link ReportedPeriod} per period
 * a reporter published about a theatre, while any of its trade flows is in the session, with the grades of their
 * sources; and a {@link RailHistory} per crossing and direction, with the counts that have left the session. Every insertion, revision and removal of an observation in a session goes through here. Used on the
 * thread that owns the session.
 * <p>
 * A rule once derived the periods, one logical insertion per trade flow: its justifications, tuples and the
 * derived copies held some 450 bytes per trade row, a third of a session's memory. Here a period costs a count per
 * grade, whatever the number of its flows.
 */
public final class ObservationFacts {

    private final KieSession session;
    private final Map<Key, Period> periods = new HashMap<>();
    private final Map<List<String>, Rail> rails = new HashMap<>();

    public ObservationFacts(KieSession session) {
        this.session = session;
    }

    private record Key(String theatre, String reporter, boolean monthly, int periodIndex) {

        static Key of(TradeFlow t) {
            return new Key(t.theatre(), t.reporter(), t.monthly(), t.periodIndex());
        }
    }

    /** A crossing and direction's history fact in the session, and its tallies of the counts that have left. */
    private static final class Rail {
        final FactHandle handle;
        final Map<String, RailHistory.Tally> byGrade = new TreeMap<>();

        Rail(FactHandle handle) {
            this.handle = handle;
        }
    }

    /** A period's fact in the session and how many flows of each grade support it. */
    private static final class Period {
        FactHandle handle;
        final Map<String, Integer> flowsByGrade = new TreeMap<>();
    }

    public FactHandle insert(Observation o) {
        FactHandle handle = session.insert(o);
        added(o);
        return handle;
    }

    /** Puts {@code next} (a revision, or the version a rolled-back load replaced) in place of the handle's fact. */
    public void update(FactHandle handle, Observation next) {
        Observation previous = (Observation) session.getObject(handle);
        session.update(handle, next);
        added(next);
        removed(previous);
    }

    public void delete(FactHandle handle) {
        Observation previous = (Observation) session.getObject(handle);
        session.delete(handle);
        removed(previous);
    }

    /**
     * Lets an observation go for good ({@link Retention}): it leaves the session, but the periods it reported stay, so
     * that TRADE-004 still knows who published what.
     */
    public void expire(FactHandle handle) {
        Observation o = (Observation) session.getObject(handle);
        session.delete(handle);
        if (o instanceof RailTraffic r) {
            Rail rail = rails.get(railKey(r));
            rail.byGrade.merge(r.source().grade(), new RailHistory.Tally(r.railcars(), 1),
                    (tally, one) -> tally.and(r.railcars()));
            session.update(rail.handle, new RailHistory(r.crossing(), r.direction(), rail.byGrade));
        }
    }

    private static List<String> railKey(RailTraffic r) {
        return Arrays.asList(r.crossing(), r.direction());
    }

    private void added(Observation o) {
        if (o instanceof RailTraffic r) {
            // LOG-001 joins every count with its crossing's history, so the fact is there from the first count
            rails.computeIfAbsent(railKey(r),
                    k -> new Rail(session.insert(new RailHistory(r.crossing(), r.direction(), Map.of()))));
        }
        if (o instanceof TradeFlow t) {
            Key key = Key.of(t);
            Period period = periods.computeIfAbsent(key, k -> new Period());
            if (period.flowsByGrade.merge(t.source().grade(), 1, Integer::sum) == 1) {
                refresh(key, period);
            }
        }
    }

    private void removed(Observation o) {
        if (o instanceof TradeFlow t) {
            Key key = Key.of(t);
            Period period = periods.get(key);
            String grade = t.source().grade();
            if (period.flowsByGrade.merge(grade, -1, Integer::sum) == 0) {
                period.flowsByGrade.remove(grade);
                refresh(key, period);
            }
        }
    }

    /** The grades of a period changed: its fact is inserted, replaced or, with no flow left, deleted. */
    private void refresh(Key key, Period period) {
        if (period.flowsByGrade.isEmpty()) {
            session.delete(period.handle);
            periods.remove(key);
            return;
        }
        ReportedPeriod fact = new ReportedPeriod(key.theatre(), key.reporter(), key.monthly(), key.periodIndex(),
                period.flowsByGrade.keySet());
        if (period.handle == null) {
            period.handle = session.insert(fact);
        } else {
            session.update(period.handle, fact);
        }
    }
}
