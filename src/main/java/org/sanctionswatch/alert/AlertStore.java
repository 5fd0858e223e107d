package org.sanctionswatch.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionswatch.fact.Finding;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Stores alerts by dedup key. Only the engine thread writes. */
@Repository
public class AlertStore {

    private static final String COLUMNS = "id, dedup_key, rule_id, category, severity, theatre, subject, title, "
            + "explanation, confidence, status, active, first_seen_at, last_seen_at, cleared_at, occurrences, "
            + "ruleset_version";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final JsonMapper json;

    AlertStore(JdbcTemplate jdbc, TransactionTemplate tx, Clock clock, JsonMapper json) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.clock = clock;
        this.json = json;
    }

    private record Stored(long id, String fingerprint, boolean active) {
    }

    /**
     * Applies findings by dedup key in one transaction: a new key raises an alert, a changed finding updates it
     * (one more occurrence), an unchanged one is left alone, and a key whose finding is gone (null) is cleared.
     */
    public AlertChanges apply(Map<String, Finding> findings, String rulesetVersion) {
        if (findings.isEmpty()) {
            return AlertChanges.NONE;
        }
        return tx.execute(status -> {
            Map<String, Stored> stored = load(findings.keySet());
            Timestamp now = Timestamp.from(clock.instant());
            int raised = 0;
            int updated = 0;
            int cleared = 0;
            for (Map.Entry<String, Finding> e : findings.entrySet()) {
                Finding f = e.getValue();
                Stored s = stored.get(e.getKey());
                if (f == null) {
                    if (s != null && s.active()) {
                        jdbc.update("update alert set active = false, cleared_at = ? where id = ?", now, s.id());
                        cleared++;
                    }
                    continue;
                }
                String fingerprint = fingerprint(f);
                if (s == null) {
                    insert(f, fingerprint, rulesetVersion, now);
                    raised++;
                } else if (!s.active() || !s.fingerprint().equals(fingerprint)) {
                    jdbc.update("update alert set severity = ?, category = ?, theatre = ?, title = ?, explanation = ?, "
                            + "confidence = ?, active = true, cleared_at = null, last_seen_at = ?, "
                            + "occurrences = occurrences + 1, ruleset_version = ?, fingerprint = ? where id = ?",
                            f.severity(), f.category(), f.theatre(), f.title(), f.explanation(), f.confidence(), now,
                            rulesetVersion, fingerprint, s.id());
                    jdbc.update("delete from alert_evidence where alert_id = ?", s.id());
                    insertEvidence(s.id(), f);
                    updated++;
                }
            }
            return new AlertChanges(raised, updated, cleared);
        });
    }

    /** After a full replay: every active alert whose key has no live finding has cleared. */
    public int clearAllExcept(java.util.Set<String> liveKeys) {
        List<Map.Entry<Long, String>> active = jdbc.query("select id, dedup_key from alert where active = true",
                (rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)));
        Timestamp now = Timestamp.from(clock.instant());
        int cleared = 0;
        for (Map.Entry<Long, String> a : active) {
            if (!liveKeys.contains(a.getValue())) {
                jdbc.update("update alert set active = false, cleared_at = ? where id = ?", now, a.getKey());
                cleared++;
            }
        }
        return cleared;
    }

    private Map<String, Stored> load(java.util.Set<String> keys) {
        Map<String, Stored> out = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int i = 0; i < all.size(); i += 500) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.query("select id, dedup_key, fingerprint, active from alert where dedup_key in (" + marks + ")",
                    rs -> {
                        out.put(rs.getString(2), new Stored(rs.getLong(1), rs.getString(3), rs.getBoolean(4)));
                    }, chunk.toArray());
        }
        return out;
    }

    private void insert(Finding f, String fingerprint, String rulesetVersion, Timestamp now) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into alert (dedup_key, rule_id, category, severity, theatre, subject, "
                    + "title, explanation, confidence, status, active, first_seen_at, last_seen_at, occurrences, "
                    + "ruleset_version, fingerprint) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', true, ?, ?, 1, ?, ?)",
                    new String[] {"ID"});
            ps.setString(1, f.dedupKey());
            ps.setString(2, f.ruleId());
            ps.setString(3, f.category());
            ps.setString(4, f.severity());
            ps.setString(5, f.theatre());
            ps.setString(6, f.subject());
            ps.setString(7, f.title());
            ps.setString(8, f.explanation());
            ps.setDouble(9, f.confidence());
            ps.setTimestamp(10, now);
            ps.setTimestamp(11, now);
            ps.setString(12, rulesetVersion);
            ps.setString(13, fingerprint);
            return ps;
        }, keys);
        insertEvidence(keys.getKey().longValue(), f);
    }

    private void insertEvidence(long alertId, Finding f) {
        jdbc.batchUpdate("insert into alert_evidence (alert_id, observation_id) values (?, ?)",
                f.evidence().stream().map(id -> new Object[] {alertId, id}).toList());
    }

    /** Identifies the content of a finding, so that an unchanged finding on replay changes nothing. */
    static String fingerprint(Finding f) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {f.severity(), f.category(), String.valueOf(f.theatre()), f.title(),
                    f.explanation(), String.valueOf(f.confidence()), String.join(",", f.evidence())}) {
                d.update(part.getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public AlertPage find(AlertQuery q) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> args = new ArrayList<>();
        filter(where, args, "status", q.status());
        filter(where, args, "severity", q.severity());
        filter(where, args, "category", q.category());
        filter(where, args, "rule_id", q.ruleId());
        filter(where, args, "theatre", q.theatre());
        if (q.since() != null) {
            where.append(" and last_seen_at >= ?");
            args.add(Timestamp.from(q.since()));
        }
        if (q.active() != null) {
            where.append(" and active = ?");
            args.add(q.active());
        }
        long total = jdbc.queryForObject("select count(*) from alert" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(q.size());
        pageArgs.add((long) q.page() * q.size());
        List<Alert> items = jdbc.query("select " + COLUMNS + " from alert" + where
                + " order by last_seen_at desc, id desc limit ? offset ?", ALERT, pageArgs.toArray());
        return new AlertPage(items, q.page(), q.size(), total);
    }

    private static void filter(StringBuilder where, List<Object> args, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }

    public Optional<Alert> get(long id) {
        List<Alert> found = jdbc.query("select " + COLUMNS + " from alert where id = ?", ALERT, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Alert.Evidence> evidence = jdbc.query("select o.id, o.version, o.type, o.event_date, o.theatre, "
                + "o.source_name, o.reliability, o.credibility, o.payload from alert_evidence e "
                + "join observation o on o.id = e.observation_id and o.current_ = true "
                + "where e.alert_id = ? order by o.event_date, o.id", (rs, i) -> evidence(rs), id);
        Alert a = found.get(0);
        return Optional.of(new Alert(a.id(), a.dedupKey(), a.ruleId(), a.category(), a.severity(), a.theatre(),
                a.subject(), a.title(), a.explanation(), a.confidence(), a.status(), a.active(), a.firstSeenAt(),
                a.lastSeenAt(), a.clearedAt(), a.occurrences(), a.rulesetVersion(), evidence));
    }

    public List<Alert> all() {
        return jdbc.query("select " + COLUMNS + " from alert order by id", ALERT);
    }

    private Alert.Evidence evidence(ResultSet rs) throws SQLException {
        var payload = json.readTree(rs.getString("payload"));
        var source = payload.path("source");
        String reliability = rs.getString("reliability");
        int credibility = rs.getInt("credibility");
        return new Alert.Evidence(rs.getString("id"), rs.getInt("version"), rs.getString("type"),
                rs.getDate("event_date").toLocalDate().toString(), rs.getString("theatre"), rs.getString("source_name"),
                source.path("url").asString(null), reliability, credibility, reliability + credibility,
                source.path("citation").asString(null), payload);
    }

    private static final RowMapper<Alert> ALERT = (rs, i) -> new Alert(rs.getLong("id"), rs.getString("dedup_key"),
            rs.getString("rule_id"), rs.getString("category"), rs.getString("severity"), rs.getString("theatre"),
            rs.getString("subject"), rs.getString("title"), rs.getString("explanation"), rs.getDouble("confidence"),
            rs.getString("status"), rs.getBoolean("active"), instant(rs, "first_seen_at"),
            instant(rs, "last_seen_at"), instant(rs, "cleared_at"), rs.getInt("occurrences"),
            rs.getString("ruleset_version"), List.of());

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
