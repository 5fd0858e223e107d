package org.sanctionswatch.observation;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.sanctionswatch.fact.DiplomaticEvent;
import org.sanctionswatch.fact.MunitionsTransfer;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.ObservationType;
import org.sanctionswatch.fact.PortCall;
import org.sanctionswatch.fact.RailTraffic;
import org.sanctionswatch.fact.TechnologyTransfer;
import org.sanctionswatch.fact.TradeFlow;
import org.sanctionswatch.fact.TroopDeployment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores observations idempotently: a batch is written in one transaction; an unchanged observation is a duplicate,
 * a changed one under the same id a new version (the old one kept, no longer current).
 */
@Repository
public class ObservationStore {

    private static final Map<ObservationType, Class<? extends Observation>> CLASSES = Map.of(
            ObservationType.TRADE_FLOW, TradeFlow.class,
            ObservationType.RAIL_TRAFFIC, RailTraffic.class,
            ObservationType.PORT_CALL, PortCall.class,
            ObservationType.TROOP_DEPLOYMENT, TroopDeployment.class,
            ObservationType.MUNITIONS_TRANSFER, MunitionsTransfer.class,
            ObservationType.TECHNOLOGY_TRANSFER, TechnologyTransfer.class,
            ObservationType.DIPLOMATIC_EVENT, DiplomaticEvent.class);

    private static final String INSERT = "insert into observation (row_id, id, version, current_, type, theatre, "
            + "event_date, reported_at, loaded_at, source_name, reliability, credibility, content_hash, payload) "
            + "values (?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** An observation's key, from its id and version to its row. */
    private static final String KEYS = "observation_key k join observation o on o.row_id = k.row_id";

    /** Observations written (and handed on to be judged) at a time. */
    static final int PART = 5_000;

    /**
     * Keys held before they are written, in key order, as one run: the longer the run, the more keys go into each
     * B-tree page it touches (runs of 100,000 stored a million rows about a tenth slower and left a file a third
     * larger); a load of any size holds no more than this many keys in memory (about 40 MB).
     */
    static final int KEY_RUN = 1_000_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final JsonMapper json;
    private final int keyRun;
    private final Object writeLock = new Object();
    private final AtomicLong commits = new AtomicLong();

    @org.springframework.beans.factory.annotation.Autowired
    ObservationStore(JdbcTemplate jdbc, TransactionTemplate tx, JsonMapper json) {
        this(jdbc, tx, json, KEY_RUN);
    }

    /** With runs of keys of another length: short runs let a test load cross several. */
    ObservationStore(JdbcTemplate jdbc, TransactionTemplate tx, JsonMapper json, int keyRun) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
        this.keyRun = keyRun;
    }

    /** What a store did: how many observations were new, duplicates, and revisions. */
    record Stored(int accepted, int duplicates, int revisions) {

        Stored plus(Stored part) {
            return new Stored(accepted + part.accepted, duplicates + part.duplicates, revisions + part.revisions);
        }
    }

    /** A written part: its counts and its new or revised observations (to be judged). */
    private record Written(Stored counts, List<Observation> changed) {
    }

    private record Current(int version, String hash, long rowId) {
    }

    /** A row written by the load being stored, for its key (written in key order once every part is). */
    private record Key(String id, int version, long rowId) {
    }

    /** A load being stored: the next row id, and the keys of rows written since keys were last written. */
    private static final class Load {

        long nextRowId;
        final List<Key> keys = new ArrayList<>();

        Load(long nextRowId) {
            this.nextRowId = nextRowId;
        }
    }

    /** Hears of a load's parts inside its transaction: each written part, then once more just before the commit. */
    interface Parts {

        /** A part is written (not yet committed): its new and revised observations. */
        void written(List<Observation> changed);

        /** Every part is written; throwing here rolls the load back. */
        void beforeCommit();
    }

    /** A load's observations, part by part as they are read. */
    interface Source {

        /** The next part, waiting for it if need be; null once every part was given. Throwing rolls the load back. */
        List<Prepared> next();
    }

    /**
     * Stores a load in one transaction, part by part as {@code source} gives them; each part's new and revised
     * observations go to {@code parts} as soon as the part is written (not yet committed), so that they can be
     * judged while the next part is read and written.
     */
    Stored store(Source source, java.time.Instant loadedAt, Parts parts) {
        // The first part is awaited before the lock: a load whose body is still being read does not keep another
        // load from being stored (a small load is read whole before its one part is given).
        List<Prepared> first = source.next();
        // One writer at a time: two loads of the same new observation must not both see it absent.
        synchronized (writeLock) {
            return tx.execute(status -> {
                Stored total = new Stored(0, 0, 0);
                Load load = new Load(jdbc.queryForObject("select coalesce(max(row_id), 0) + 1 from observation",
                        Long.class));
                for (List<Prepared> items = first; items != null; items = source.next()) {
                    Written part = write(items, loadedAt, load);
                    if (load.keys.size() >= keyRun) {
                        writeKeys(load.keys);
                    }
                    parts.written(part.changed());
                    total = total.plus(part.counts());
                }
                writeKeys(load.keys);
                parts.beforeCommit();
                commits.incrementAndGet();
                return total;
            });
        }
    }

    private Written write(List<Prepared> items, java.time.Instant loadedAt, Load load) {
        Map<String, Current> current = currentVersions(items.stream().map(p -> p.observation().id()).toList());
        List<Row> inserts = new ArrayList<>();
        List<Object[]> retire = new ArrayList<>();
        List<Observation> changed = new ArrayList<>();
        int accepted = 0;
        int duplicates = 0;
        int revisions = 0;
        Timestamp loaded = Timestamp.from(loadedAt);
        for (Prepared p : items) {
            Observation o = p.observation();
            Current c = current.get(o.id());
            int version;
            if (c == null) {
                accepted++;
                version = 1;
            } else if (c.hash().equals(p.contentHash())) {
                duplicates++;
                continue;
            } else {
                revisions++;
                version = c.version() + 1;
                retire.add(new Object[] {c.rowId()});
            }
            changed.add(o);
            long rowId = load.nextRowId++;
            load.keys.add(new Key(o.id(), version, rowId));
            inserts.add(new Row(rowId, version, o, p.contentHash(),
                    p.payload() != null ? p.payload() : json.writeValueAsString(o)));
        }
        if (!retire.isEmpty()) {
            jdbc.batchUpdate("update observation set current_ = false where row_id = ?", retire);
        }
        if (!inserts.isEmpty()) {
            insert(inserts, loaded);
        }
        return new Written(new Stored(accepted, duplicates, revisions), changed);
    }

    /** A row to insert: an observation with its place, version, hash and stored text. */
    private record Row(long rowId, int version, Observation observation, String contentHash, String payload) {
    }

    /** Inserts rows with a setter of each column's own type, not one that works out each value's type as it goes. */
    private void insert(List<Row> rows, Timestamp loaded) {
        jdbc.batchUpdate(INSERT, rows, PART, (ps, row) -> {
            Observation o = row.observation();
            ps.setLong(1, row.rowId());
            ps.setString(2, o.id());
            ps.setInt(3, row.version());
            ps.setString(4, o.type().name());
            ps.setString(5, o.theatre());
            ps.setDate(6, Date.valueOf(o.eventDate()));
            ps.setTimestamp(7, Timestamp.from(o.reportedAt()));
            ps.setTimestamp(8, loaded);
            ps.setString(9, o.source().name());
            ps.setString(10, o.source().reliability());
            ps.setInt(11, o.source().credibility());
            ps.setString(12, row.contentHash());
            ps.setString(13, row.payload());
        });
    }

    /**
     * Writes the keys held, in key order, and lets them go: one B-tree walk from the first key to the last instead of
     * an entry at a random place for each row as it is written. The key's primary key refuses an id the load holds
     * twice (a batch refuses that earlier, with the rows named).
     */
    private void writeKeys(List<Key> keys) {
        // A load holds one version of an id at most (a batch refuses an id twice): the id alone orders its keys.
        keys.sort((a, b) -> a.id().compareTo(b.id()));
        jdbc.batchUpdate("insert into observation_key (id, version, row_id) values (?, ?, ?)", keys, PART,
                (ps, k) -> {
                    ps.setString(1, k.id());
                    ps.setInt(2, k.version());
                    ps.setLong(3, k.rowId());
                });
        keys.clear();
    }

    private Map<String, Current> currentVersions(List<String> ids) {
        Map<String, Current> out = new HashMap<>();
        forEachVersionOf(ids, "k.id, k.version, o.content_hash, o.current_, o.row_id", rs -> {
            if (rs.getBoolean(4)) {
                out.put(rs.getString(1), new Current(rs.getInt(2), rs.getString(3), rs.getLong(5)));
            }
        });
        return out;
    }

    /** Reads columns of every version of the given ids stored by earlier loads, 500 ids a query. */
    private void forEachVersionOf(List<String> ids, String columns, RowCallbackHandler row) {
        for (int i = 0; i < ids.size(); i += 500) {
            List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            jdbc.query("select " + columns + " from " + KEYS + " where k.id in (" + marks + ")", row,
                    chunk.toArray());
        }
    }

    /** Streams every current observation, in load order. */
    public void forEachCurrent(Consumer<Observation> consumer) {
        jdbc.query(con -> {
            var ps = con.prepareStatement("select type, payload from observation where current_ = true order by row_id");
            ps.setFetchSize(1000);
            return ps;
        }, rs -> {
            consumer.accept(read(rs.getString(1), rs.getString(2)));
        });
    }

    /** One stored version of an observation with its number, as {@link #forEachVersionByReportTime} streams them. */
    public record Version(int version, Observation observation) {
    }

    /**
     * Streams every stored version of every observation in the order the world learned of them: by report time (the
     * load time where a report gave none), then load order. Replayed in this order, the store as known at any instant
     * is what has streamed before it, each id at its newest version.
     */
    public void forEachVersionByReportTime(Consumer<Version> consumer) {
        jdbc.query(con -> {
            var ps = con.prepareStatement(
                    "select type, payload, version from observation order by reported_at, row_id");
            ps.setFetchSize(1000);
            return ps;
        }, rs -> {
            consumer.accept(new Version(rs.getInt(3), read(rs.getString(1), rs.getString(2))));
        });
    }

    /**
     * Streams the observations as known at an instant: for each id, the newest version reported (or, without a
     * report time, loaded) before it. Later revisions and later observations do not count. In load order, as
     * {@link #forEachCurrent} streams: a series judged in the order it was loaded builds its windows once, where an
     * order by id would insert its periods at random and rework every window. One pass over the table: the few ids
     * revised before the instant are looked up first, with the version that was newest then, and their other
     * versions are skipped (instead of asking, for each of a million rows, whether a newer version was known).
     */
    public void forEachKnownBy(java.time.Instant knownBy, Consumer<Observation> consumer) {
        Timestamp at = Timestamp.from(knownBy);
        Map<String, Integer> revised = new HashMap<>();
        jdbc.query("select id, max(version) from observation where version > 1 and reported_at < ? group by id",
                rs -> {
                    revised.put(rs.getString(1), rs.getInt(2));
                }, at);
        jdbc.query(con -> {
            var ps = con.prepareStatement("select type, payload, id, version from observation where reported_at < ? "
                    + "order by row_id");
            ps.setTimestamp(1, at);
            ps.setFetchSize(1000);
            return ps;
        }, rs -> {
            Integer newest = revised.get(rs.getString(3));
            if (newest == null || newest == rs.getInt(4)) {
                consumer.accept(read(rs.getString(1), rs.getString(2)));
            }
        });
    }

    /**
     * A stamp that moves before any load commits: two equal stamps mean nothing was committed between them (a load
     * that then rolls back moves it too).
     */
    public long commits() {
        return commits.get();
    }

    /**
     * For each of the given ids, the newest version reported before an instant, if there is one: what the store as
     * known at the instant ({@link #forEachKnownBy}) holds of them, read through the observation key. Empty when a
     * load was committed since {@code stamp} ({@link #commits}), so that they are not paired with observations of
     * another state of the store.
     */
    public Optional<Map<String, Observation>> versionsKnownBy(List<String> ids, java.time.Instant knownBy, long stamp) {
        record Kept(int version, String type, String payload) {
        }
        Map<String, Kept> newest = new HashMap<>();
        forEachVersionOf(ids, "k.id, k.version, o.reported_at, o.type, o.payload", rs -> {
            if (rs.getObject(3, java.time.OffsetDateTime.class).toInstant().isBefore(knownBy)) {
                Kept kept = newest.get(rs.getString(1));
                if (kept == null || kept.version() < rs.getInt(2)) {
                    newest.put(rs.getString(1), new Kept(rs.getInt(2), rs.getString(4), rs.getString(5)));
                }
            }
        });
        if (commits.get() != stamp) {
            return Optional.empty();
        }
        Map<String, Observation> known = new HashMap<>();
        newest.forEach((id, kept) -> known.put(id, read(kept.type(), kept.payload())));
        return Optional.of(known);
    }

    /** How many current observations there are of each type. */
    public Map<String, Long> countsByType() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.query("select type, count(*) from observation where current_ = true group by type",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    public long countCurrent() {
        return jdbc.queryForObject("select count(*) from observation where current_ = true", Long.class);
    }

    public Optional<Observation> current(String id) {
        List<Observation> found = jdbc.query("select o.type, o.payload from " + KEYS + " where k.id = ? "
                + "and o.current_ = true", (rs, i) -> read(rs.getString(1), rs.getString(2)), id);
        return found.stream().findFirst();
    }

    /** Every version of an observation, oldest first, with its knowledge times. */
    public List<StoredVersion> versions(String id) {
        return jdbc.query("select k.version, o.current_, o.reported_at, o.loaded_at, o.payload from " + KEYS
                + " where k.id = ? order by k.version", (rs, i) -> new StoredVersion(rs.getInt(1), rs.getBoolean(2),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(), json.readTree(rs.getString(5))),
                id);
    }

    /** A page of current observations, optionally of one type and theatre. */
    public List<JsonNode> find(String type, String theatre, int page, int size) {
        StringBuilder sql = new StringBuilder("select payload from observation where current_ = true");
        List<Object> args = new ArrayList<>();
        if (type != null && !type.isBlank()) {
            sql.append(" and type = ?");
            args.add(type);
        }
        if (theatre != null && !theatre.isBlank()) {
            sql.append(" and theatre = ?");
            args.add(theatre);
        }
        sql.append(" order by event_date, id limit ? offset ?");
        args.add(size);
        args.add((long) page * size);
        return jdbc.query(sql.toString(), (rs, i) -> json.readTree(rs.getString(1)), args.toArray());
    }

    /** One stored version of an observation. */
    public record StoredVersion(int version, boolean current, java.time.Instant reportedAt,
            java.time.Instant loadedAt, JsonNode observation) {
    }

    private Observation read(String type, String payload) {
        return json.readValue(payload, CLASSES.get(ObservationType.valueOf(type)));
    }
}
