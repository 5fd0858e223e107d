package org.sanctionswatch.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.system.Sha256;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores alerts by dedup key. The engine thread applies findings, the lifecycle acts on status; every change logs
 * an event in the transaction of the change (see {@link AlertWriter}).
 */
@Repository
public class AlertStore {

    static final String ENGINE = "engine";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final JsonMapper json;
    private final AlertWriter writer;
    private final EventLog events;
    private final SnoozeStore snoozes;

    AlertStore(JdbcTemplate jdbc, Clock clock, JsonMapper json, AlertWriter writer, EventLog events,
            SnoozeStore snoozes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = json;
        this.writer = writer;
        this.events = events;
        this.snoozes = snoozes;
    }

    private record Stored(long id, String dedupKey, String ruleId, String subject, String fingerprint, boolean active,
            String status, String dismissedFingerprint, Instant lastNotifiedAt) {
    }

    /** What one apply knows beyond the findings: the time, the snoozes in force and the suppression windows. */
    private record Context(Timestamp now, List<Snooze> snoozes, Suppression suppression) {

        Snooze snoozeFor(String ruleId, String subject) {
            return snoozes.stream().filter(s -> s.covers(ruleId, subject)).findFirst().orElse(null);
        }
    }

    /**
     * Applies findings by dedup key in one transaction: a new key raises an alert, a changed finding updates it
     * (one more occurrence), an unchanged one is left alone, and a key whose finding is gone (null) is cleared.
     * A RESOLVED alert whose finding comes back or changes reopens; a DISMISSED one reopens only when the finding
     * differs from the one it was dismissed on. Events are muted by a snooze, by dismissal, or by the rule's
     * suppression window.
     */
    public AlertChanges apply(Map<String, Finding> findings, String rulesetVersion, Suppression suppression) {
        if (findings.isEmpty()) {
            return AlertChanges.NONE;
        }
        return writer.write(written -> {
            Map<String, Stored> stored = load(findings.keySet());
            Context ctx = new Context(Timestamp.from(clock.instant()), snoozes.inForce(), suppression);
            int raised = 0;
            int updated = 0;
            int cleared = 0;
            for (Map.Entry<String, Finding> e : findings.entrySet()) {
                Finding f = e.getValue();
                Stored s = stored.get(e.getKey());
                if (f == null) {
                    if (s != null && s.active()) {
                        clear(s, ctx, written);
                        cleared++;
                    }
                    continue;
                }
                String fingerprint = fingerprint(f);
                Snooze snooze = ctx.snoozeFor(f.ruleId(), f.subject());
                if (s == null) {
                    long id = insert(f, fingerprint, rulesetVersion, ctx.now(), snooze);
                    events.append(id, AlertEvent.RAISED, snooze == null ? null : "SNOOZED", written);
                    raised++;
                } else if (!s.active() || !s.fingerprint().equals(fingerprint)) {
                    update(s, f, fingerprint, rulesetVersion, ctx, snooze, written);
                    updated++;
                } else {
                    // why the alert belongs where it does is kept current without an event: alerts stored before it
                    // was recorded get it without reopening or notifying anyone
                    jdbc.update("update alert set belongs_to = ?, corroborated = ? where id = ? "
                            + "and (belongs_to is distinct from ? or corroborated <> ?)", f.belongsTo(),
                            f.corroborated(), s.id(), f.belongsTo(), f.corroborated());
                }
            }
            return new AlertChanges(raised, updated, cleared);
        });
    }

    private void update(Stored s, Finding f, String fingerprint, String rulesetVersion, Context ctx, Snooze snooze,
            List<AlertEvent> written) {
        jdbc.update("update alert set severity = ?, category = ?, theatre = ?, title = ?, explanation = ?, "
                + "provision = ?, belongs_to = ?, corroborated = ?, confidence = ?, active = true, cleared_at = null, "
                + "last_seen_at = ?, "
                + "occurrences = occurrences + 1, ruleset_version = ?, fingerprint = ?, snoozed = ?, snooze_id = ? "
                + "where id = ?", f.severity(), f.category(), f.theatre(), f.title(), f.explanation(), f.provision(),
                f.belongsTo(), f.corroborated(), f.confidence(), ctx.now(), rulesetVersion, fingerprint, snooze != null,
                snooze == null ? null : snooze.id(), s.id());
        replaceEvidence(s.id(), f);
        String reopenNote = null;
        if (s.status().equals("RESOLVED")) {
            reopenNote = "the condition fired again after the alert was resolved";
        } else if (s.status().equals("DISMISSED") && !fingerprint.equals(s.dismissedFingerprint())) {
            reopenNote = "the condition changed since the alert was dismissed";
        }
        if (reopenNote != null) {
            jdbc.update("update alert set status = 'OPEN', dismissed_fingerprint = null where id = ?", s.id());
            history(s.id(), ENGINE, "reopen", s.status(), "OPEN", null, reopenNote, ctx.now());
            events.append(s.id(), AlertEvent.REOPENED, snooze == null ? null : "SNOOZED", written);
        } else {
            events.append(s.id(), AlertEvent.UPDATED, muted(s, snooze, ctx), written);
        }
    }

    private void clear(Stored s, Context ctx, List<AlertEvent> written) {
        Snooze snooze = ctx.snoozeFor(s.ruleId(), s.subject());
        jdbc.update("update alert set active = false, cleared_at = ?, snoozed = ?, snooze_id = ? where id = ?",
                ctx.now(), snooze != null, snooze == null ? null : snooze.id(), s.id());
        events.append(s.id(), AlertEvent.CLEARED, muted(s, snooze, ctx), written);
    }

    /** Why a rule-driven update or clearing is not sent, or null when it is. */
    private static String muted(Stored s, Snooze snooze, Context ctx) {
        if (snooze != null) {
            return "SNOOZED";
        }
        if (s.status().equals("DISMISSED")) {
            return "DISMISSED";
        }
        Duration window = ctx.suppression().forRule(s.ruleId());
        if (!window.isZero() && s.lastNotifiedAt() != null
                && ctx.now().toInstant().isBefore(s.lastNotifiedAt().plus(window))) {
            return "SUPPRESSED";
        }
        return null;
    }

    void history(long alertId, String actor, String action, String from, String to, String assignee, String note,
            Timestamp at) {
        jdbc.update("insert into alert_history (alert_id, at, actor, action, from_status, to_status, assignee, note) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", alertId, at, actor, action, from, to, assignee, note);
    }

    /** After a full replay: every active alert whose key has no live finding has cleared. */
    public int clearAllExcept(Set<String> liveKeys, Suppression suppression) {
        return writer.write(written -> {
            List<Stored> active = jdbc.query("select " + STORED + " from alert where active = true", STORED_ROW);
            Context ctx = new Context(Timestamp.from(clock.instant()), snoozes.inForce(), suppression);
            int cleared = 0;
            for (Stored s : active) {
                if (!liveKeys.contains(s.dedupKey())) {
                    clear(s, ctx, written);
                    cleared++;
                }
            }
            return cleared;
        });
    }

    private static final String STORED = "id, dedup_key, rule_id, subject, fingerprint, active, status, "
            + "dismissed_fingerprint, last_notified_at";

    private Map<String, Stored> load(Set<String> keys) {
        Map<String, Stored> out = new HashMap<>();
        List<String> all = new ArrayList<>(keys);
        for (int i = 0; i < all.size(); i += 500) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + 500));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            jdbc.query("select " + STORED + " from alert where dedup_key in (" + marks + ")",
                    rs -> {
                        out.put(rs.getString("dedup_key"), STORED_ROW.mapRow(rs, 0));
                    }, chunk.toArray());
        }
        return out;
    }

    private long insert(Finding f, String fingerprint, String rulesetVersion, Timestamp now, Snooze snooze) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into alert (dedup_key, rule_id, category, severity, theatre, "
                    + "subject, title, explanation, confidence, status, active, first_seen_at, last_seen_at, "
                    + "occurrences, ruleset_version, fingerprint, snoozed, snooze_id, provision, belongs_to, "
                    + "corroborated) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', true, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)",
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
            ps.setBoolean(14, snooze != null);
            ps.setObject(15, snooze == null ? null : snooze.id(), java.sql.Types.BIGINT);
            ps.setString(16, f.provision());
            ps.setString(17, f.belongsTo());
            ps.setBoolean(18, f.corroborated());
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        insertEvidence(id, f);
        return id;
    }

    /**
     * Brings an alert's evidence to a finding's: only the rows that left or arrived are written (an escalation
     * level that cites fifty findings changes one or two of them a time).
     */
    private void replaceEvidence(long alertId, Finding f) {
        Set<String> before = new HashSet<>(jdbc.queryForList(
                "select observation_id from alert_evidence where alert_id = ?", String.class, alertId));
        Set<String> after = new LinkedHashSet<>(f.evidence());
        List<Object[]> gone = before.stream().filter(id -> !after.contains(id))
                .map(id -> new Object[] {alertId, id}).toList();
        List<Object[]> added = after.stream().filter(id -> !before.contains(id))
                .map(id -> new Object[] {alertId, id}).toList();
        if (!gone.isEmpty()) {
            jdbc.batchUpdate("delete from alert_evidence where alert_id = ? and observation_id = ?", gone);
        }
        if (!added.isEmpty()) {
            jdbc.batchUpdate("insert into alert_evidence (alert_id, observation_id) values (?, ?)", added);
        }
    }

    private void insertEvidence(long alertId, Finding f) {
        jdbc.batchUpdate("insert into alert_evidence (alert_id, observation_id) values (?, ?)",
                f.evidence().stream().map(id -> new Object[] {alertId, id}).toList());
    }

    /**
     * Identifies the content of a finding, so that an unchanged finding on replay changes nothing. Why it belongs to
     * its theatres and whether it is corroborated are not part of it (corroboration shows in its severity and
     * explanation, its first theatre in {@code theatre}): they are kept current without an event.
     */
    static String fingerprint(Finding f) {
        return Sha256.ofParts(java.util.Arrays.asList(f.severity(), f.category(), String.valueOf(f.theatre()),
                f.title(), f.explanation(), String.valueOf(f.provision()), String.valueOf(f.confidence()),
                String.join(",", f.evidence())));
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
        if (q.snoozed() != null) {
            where.append(" and snoozed = ?");
            args.add(q.snoozed());
        }
        long total = jdbc.queryForObject("select count(*) from alert" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(q.size());
        pageArgs.add((long) q.page() * q.size());
        List<Alert> items = jdbc.query("select " + AlertRows.COLUMNS + " from alert" + where
                + " order by last_seen_at desc, id desc limit ? offset ?", AlertRows.ALERT, pageArgs.toArray());
        return new AlertPage(items, q.page(), q.size(), total);
    }

    private static void filter(StringBuilder where, List<Object> args, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and ").append(column).append(" = ?");
            args.add(value);
        }
    }

    /** One alert with its evidence and lifecycle history. */
    public Optional<Alert> get(long id) {
        List<Alert> found = jdbc.query("select " + AlertRows.COLUMNS + " from alert where id = ?", AlertRows.ALERT,
                id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Alert.Evidence> evidence = jdbc.query("select o.id, o.version, o.type, o.event_date, o.theatre, "
                + "o.source_name, o.reliability, o.credibility, o.payload from alert_evidence e "
                + "join observation_key k on k.id = e.observation_id "
                + "join observation o on o.row_id = k.row_id and o.current_ = true "
                + "where e.alert_id = ? order by o.event_date, o.id", (rs, i) -> evidence(rs), id);
        List<Alert.HistoryEntry> history = jdbc.query("select at, actor, action, from_status, to_status, assignee, "
                + "note from alert_history where alert_id = ? order by id", (rs, i) -> new Alert.HistoryEntry(
                        rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"),
                        rs.getString("from_status"), rs.getString("to_status"), rs.getString("assignee"),
                        rs.getString("note")), id);
        return Optional.of(found.get(0).with(evidence, history));
    }

    /** How many alerts there are in each status. */
    public Map<String, Long> countsByStatus() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (String status : List.of("OPEN", "ACKNOWLEDGED", "RESOLVED", "DISMISSED")) {
            out.put(status, 0L);
        }
        jdbc.query("select status, count(*) from alert group by status", rs -> {
            out.put(rs.getString(1), rs.getLong(2));
        });
        return out;
    }

    /** The id of the alert of each of these dedup keys that has one. */
    public Map<String, Long> idsByDedupKey(java.util.Collection<String> keys) {
        Map<String, Long> out = new java.util.HashMap<>();
        for (String key : keys) {
            jdbc.query("select id from alert where dedup_key = ?", rs -> {
                out.put(key, rs.getLong(1));
            }, key);
        }
        return out;
    }

    /** The dedup keys of alerts a person resolved or dismissed, with their status. */
    public Map<String, String> closed() {
        Map<String, String> out = new java.util.TreeMap<>();
        jdbc.query("select dedup_key, status from alert where status in ('RESOLVED', 'DISMISSED')", rs -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }

    public List<Alert> all() {
        return jdbc.query("select " + AlertRows.COLUMNS + " from alert order by id", AlertRows.ALERT);
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

    private static final RowMapper<Stored> STORED_ROW = (rs, i) -> new Stored(rs.getLong("id"),
            rs.getString("dedup_key"), rs.getString("rule_id"), rs.getString("subject"), rs.getString("fingerprint"),
            rs.getBoolean("active"), rs.getString("status"), rs.getString("dismissed_fingerprint"),
            AlertRows.instant(rs, "last_notified_at"));
}
