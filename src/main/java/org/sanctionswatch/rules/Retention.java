package org.sanctionswatch.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sanctionswatch.fact.EventHorizon;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.ObservationType;
import org.sanctionswatch.fact.TradeFlow;
import org.sanctionswatch.fact.TradeHorizon;
import org.sanctionswatch.parameters.ParameterSet;

/**
 * Which observations the live session lets go, and from when. Off unless enabled: then an observation that is more
 * than {@code lateBy} behind the newest of its kind (capped at Today) is judged no more, and once the longest window a
 * rule reads behind it has passed as well, it leaves the session. The store keeps it: a start, a backtest as of a
 * date and a backtest of the present judge it again.
 * <ul>
 * <li>Trade flows, monthly and annual apart. The window is TRADE-001's baseline or TRADE-002's year before,
 * whichever is longer. The rules with a window read a {@link TradeHorizon} and judge a flow only while its whole
 * window is held. The total trade of TRADE-003's reference year never leaves: every later year is compared with it.
 * TRADE-004's reported periods are kept by {@link ObservationFacts} and do not leave either.</li>
 * <li>Rail counts, by LOG-001's window of days. LOG-001 reads an {@link EventHorizon} as the trade rules read theirs,
 * and a count's whole history through the {@link org.sanctionswatch.fact.RailHistory} that {@link ObservationFacts}
 * keeps for it, which still counts the counts that have left.</li>
 * <li>Munitions transfers, by MIL-004's window of days, which it guards with an {@link EventHorizon}.</li>
 * <li>Port calls, diplomatic steps and technology transfers: their rules read no window.</li>
 * <li>Kept for good: troop reports (MIL-002 and MIL-003 look for the first report of a pair at any earlier date, and
 * such reports are few). Letting them go needs that first report kept as a fact of its own.</li>
 * </ul>
 * Each kind has its own newest: a new port call does not age diplomatic steps.
 * The held observations are indexed by time, so that finding those due costs what leaves, not what stays. Used on
 * the engine thread only.
 */
final class Retention {

    private static final int NONE = Integer.MIN_VALUE;

    private final boolean enabled;
    private final int lateMonths;
    private final Period lateBy;
    private final int windowMonths;
    private final int windowYears;
    private final int referenceYear;

    private int newestMonth = NONE;
    private int newestYear = NONE;
    private int firstMonth = NONE;
    private int firstYear = NONE;
    private long left;

    private final TreeMap<Integer, List<String>> months = new TreeMap<>();
    private final TreeMap<Integer, List<String>> years = new TreeMap<>();
    private final Map<ObservationType, Kind> kinds = new EnumMap<>(ObservationType.class);

    /** One kind of event report that leaves: its window, its newest day, the first day held, the held by day. */
    private static final class Kind {
        final int windowDays;
        LocalDate newest;
        LocalDate first = LocalDate.MIN;
        final TreeMap<LocalDate, List<String>> byDay = new TreeMap<>();

        Kind(int windowDays) {
            this.windowDays = windowDays;
        }
    }

    Retention(boolean enabled, Period lateBy, ParameterSet parameters) {
        this.enabled = enabled;
        this.lateBy = lateBy;
        this.lateMonths = (int) lateBy.toTotalMonths() + (lateBy.getDays() + 29) / 30;
        int baseline = parameters.number("TRADE-001.baselinePeriods").orElse(0.0).intValue();
        this.windowMonths = Math.max(baseline, 12);
        this.windowYears = Math.max(baseline, 1);
        this.referenceYear = parameters.number("TRADE-003.referenceYear").orElse((double) NONE).intValue();
        kinds.put(ObservationType.RAIL_TRAFFIC, new Kind(days(parameters, "LOG-001.baselineDays")));
        kinds.put(ObservationType.MUNITIONS_TRANSFER, new Kind(days(parameters, "MIL-004.windowDays")));
        kinds.put(ObservationType.PORT_CALL, new Kind(0));
        kinds.put(ObservationType.DIPLOMATIC_EVENT, new Kind(0));
        kinds.put(ObservationType.TECHNOLOGY_TRANSFER, new Kind(0));
    }

    private static int days(ParameterSet parameters, String key) {
        return parameters.number(key).orElse(0.0).intValue();
    }

    static Retention off(ParameterSet parameters) {
        return new Retention(false, Period.ZERO, parameters);
    }

    boolean enabled() {
        return enabled;
    }

    /** How many observations have left the session since it was built: none means it holds every current one. */
    long left() {
        return left;
    }

    /**
     * True when the session no longer judges an observation of this time: it is older than what it holds. A kind
     * that is kept for good, and the reference year's total trade, are never behind.
     */
    boolean behind(Observation o) {
        if (!enabled || pinned(o)) {
            return false;
        }
        if (o instanceof TradeFlow t) {
            return t.periodIndex() < (t.monthly() ? firstMonth : firstYear);
        }
        Kind kind = kinds.get(o.type());
        return kind != null && o.eventDate().isBefore(kind.first);
    }

    /** Notes an observation the session now holds (inserted or revised, and committed). */
    void held(Observation o, LocalDate today) {
        Kind kind = kinds.get(o.type());
        if (!enabled || pinned(o) || !(o instanceof TradeFlow || kind != null)) {
            return;
        }
        if (o instanceof TradeFlow t) {
            if (t.monthly()) {
                int thisMonth = today.getYear() * 12 + today.getMonthValue() - 1;
                newestMonth = Math.max(newestMonth, Math.min(t.periodIndex(), thisMonth));
                months.computeIfAbsent(t.periodIndex(), k -> new ArrayList<>(4)).add(t.id());
            } else {
                newestYear = Math.max(newestYear, Math.min(t.periodIndex(), today.getYear()));
                years.computeIfAbsent(t.periodIndex(), k -> new ArrayList<>(4)).add(t.id());
            }
            return;
        }
        LocalDate date = o.eventDate().isAfter(today) ? today : o.eventDate();
        if (kind.newest == null || date.isAfter(kind.newest)) {
            kind.newest = date;
        }
        kind.byDay.computeIfAbsent(o.eventDate(), k -> new ArrayList<>(4)).add(o.id());
    }

    /**
     * Moves the horizons forward to what the newest observations allow, and gives the ids of the observations that
     * fall behind them (some may have left already, by a revision or a rollback: the caller skips those).
     */
    List<String> due() {
        List<String> due = new ArrayList<>();
        if (!enabled) {
            return due;
        }
        if (newestMonth != NONE) {
            firstMonth = Math.max(firstMonth, newestMonth - lateMonths - windowMonths);
            take(months, firstMonth, due);
        }
        if (newestYear != NONE) {
            firstYear = Math.max(firstYear, newestYear - (lateMonths + 11) / 12 - windowYears);
            take(years, firstYear, due);
        }
        for (Kind kind : kinds.values()) {
            if (kind.newest != null) {
                LocalDate first = kind.newest.minus(lateBy).minusDays(kind.windowDays);
                if (first.isAfter(kind.first)) {
                    kind.first = first;
                }
                take(kind.byDay, kind.first, due);
            }
        }
        left += due.size();
        return due;
    }

    /** The horizons as rules read them: a {@link TradeHorizon} per granularity, an {@link EventHorizon} per kind. */
    List<Object> horizons() {
        List<Object> horizons = new ArrayList<>(List.of(new TradeHorizon(true, firstMonth),
                new TradeHorizon(false, firstYear)));
        for (EventHorizon h : EventHorizon.EVERYTHING) {
            horizons.add(new EventHorizon(h.kind(), kinds.get(ObservationType.valueOf(h.kind())).first));
        }
        return horizons;
    }

    private static <K> void take(TreeMap<K, List<String>> index, K first, List<String> due) {
        Map<K, List<String>> before = index.headMap(first, false);
        before.values().forEach(due::addAll);
        before.clear();
    }

    private boolean pinned(Observation o) {
        if (!(o instanceof TradeFlow t) || !TradeFlow.TOTAL.equals(t.commodity())) {
            return false;
        }
        return t.monthly() ? t.periodIndex() / 12 == referenceYear : t.periodIndex() == referenceYear;
    }
}
