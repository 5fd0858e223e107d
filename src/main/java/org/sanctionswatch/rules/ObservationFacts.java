package org.sanctionswatch.rules;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.sanctionswatch.parameters.ParameterSet;

/**
 * The observations of one session, and the facts the engine keeps beside them: a {@link ReportedPeriod} per period
 * a reporter published about a theatre, while any of its trade flows is in the session, with the grades of their
 * sources; a {@link RailHistory} per rail count, with every earlier count of its crossing and direction; and the
 * reports of one event grouped into one fact ({@link ReportGroups}). Every
 * insertion, revision and removal of an observation in a session goes through here. Used on the thread that owns the
 * session.
 * <p>
 * A rule once derived the periods, one logical insertion per trade flow: its justifications, tuples and the
 * derived copies held some 450 bytes per trade row, a third of a session's memory. Here a period costs a count per
 * grade, whatever the number of its flows.
 */
public final class ObservationFacts {

    private final KieSession session;
    private final Map<Key, Period> periods = new HashMap<>();
    private final Map<List<String>, Crossing> crossings = new HashMap<>();
    private final ReportGroups groups;

    /** The facts of a session whose reports are grouped into events by the windows {@code parameters} give. */
    public ObservationFacts(KieSession session, ParameterSet parameters) {
        this.session = session;
        this.groups = new ReportGroups(session, parameters.number(ReportGroups.DEPLOYMENT_DAYS).orElse(30.0),
                parameters.number(ReportGroups.SHIPMENT_DAYS).orElse(7.0));
    }

    private record Key(String theatre, String reporter, boolean monthly, int periodIndex) {

        static Key of(TradeFlow t) {
            return new Key(t.theatre(), t.reporter(), t.monthly(), t.periodIndex());
        }
    }

    /**
     * The counts of a crossing and direction: those held, by date, and the tallies of those that have left, of all of
     * them, and of all of them dated before the newest date held ({@code last}), so that a count arriving in date
     * order gets its history without a pass over the others.
     */
    private static final class Crossing {
        final Map<String, RailHistory.Tally> left = new TreeMap<>();
        final TreeMap<LocalDate, List<Held>> held = new TreeMap<>();
        final Map<String, RailHistory.Tally> all = new TreeMap<>();
        Map<String, RailHistory.Tally> beforeLast = Map.of();
        LocalDate last;
    }

    /** A count in the session, and its history fact. */
    private static final class Held {
        final RailTraffic count;
        FactHandle history;
        RailHistory fact;

        Held(RailTraffic count) {
            this.count = count;
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
            // Every count still held is later: their histories already count this one, and keep counting it.
            Crossing crossing = crossings.get(railKey(r));
            Held gone = unhold(crossing, r);
            add(crossing.left, r);
            session.delete(gone.history);
        }
    }

    private static void add(Map<String, RailHistory.Tally> tallies, RailTraffic r) {
        tallies.merge(r.source().grade(), new RailHistory.Tally(r.railcars(), 1),
                (tally, one) -> tally.and(r.railcars()));
    }

    private static Held unhold(Crossing crossing, RailTraffic r) {
        List<Held> onDay = crossing.held.get(r.date());
        Held gone = onDay.stream().filter(h -> h.count == r).findFirst().orElseThrow();
        onDay.remove(gone);
        if (onDay.isEmpty()) {
            crossing.held.remove(r.date());
        }
        return gone;
    }

    /** A count has joined the held ones: its history, and those of later counts when it arrived out of order. */
    private void railAdded(Crossing crossing, RailTraffic r) {
        Held held = new Held(r);
        crossing.held.computeIfAbsent(r.date(), d -> new ArrayList<>(2)).add(held);
        if (crossing.last == null || r.date().isAfter(crossing.last)) {
            crossing.beforeLast = Map.copyOf(crossing.all);
            crossing.last = r.date();
        }
        if (r.date().equals(crossing.last)) {
            history(held, crossing.beforeLast);
            add(crossing.all, r);
        } else {
            add(crossing.all, r);
            rehistory(crossing, r.date());
        }
    }

    private void history(Held h, Map<String, RailHistory.Tally> before) {
        RailHistory fact = new RailHistory(h.count.id(), before);
        if (h.history == null) {
            h.history = session.insert(fact);
        } else if (!fact.equals(h.fact)) {
            session.update(h.history, fact);
        }
        h.fact = fact;
    }

    /**
     * Brings the histories of a crossing's counts dated {@code from} or later up to date, in one pass over its held
     * counts: each is the tallies of the counts that left and of every held count dated before it.
     */
    private void rehistory(Crossing crossing, LocalDate from) {
        Map<String, RailHistory.Tally> before = new TreeMap<>(crossing.left);
        crossing.last = null;
        crossing.beforeLast = Map.of();
        for (Map.Entry<LocalDate, List<Held>> day : crossing.held.entrySet()) {
            if (!day.getKey().isBefore(from)) {
                day.getValue().forEach(h -> history(h, before));
            }
            crossing.last = day.getKey();
            crossing.beforeLast = Map.copyOf(before);
            for (Held h : day.getValue()) {
                add(before, h.count);
            }
        }
        crossing.all.clear();
        crossing.all.putAll(before);
    }

    private static List<String> railKey(RailTraffic r) {
        return Arrays.asList(r.crossing(), r.direction());
    }

    private void added(Observation o) {
        groups.added(o);
        if (o instanceof RailTraffic r) {
            railAdded(crossings.computeIfAbsent(railKey(r), k -> new Crossing()), r);
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
        groups.removed(o);
        if (o instanceof RailTraffic r) {
            Crossing crossing = crossings.get(railKey(r));
            session.delete(unhold(crossing, r).history);
            rehistory(crossing, r.date().plusDays(1));
        }
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
