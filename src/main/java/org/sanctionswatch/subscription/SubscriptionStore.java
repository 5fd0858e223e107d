package org.sanctionswatch.subscription;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sanctionswatch.alert.AlertFilter;
import org.sanctionswatch.system.AuditLog;
import org.sanctionswatch.system.InvalidInputException;
import org.sanctionswatch.system.ItemError;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Subscriptions; their secrets are read only by the outbox and the sender. */
@Repository
public class SubscriptionStore {

    private static final Set<String> STATUSES = Set.of("OPEN", "ACKNOWLEDGED", "RESOLVED", "DISMISSED");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final WebhookSettings settings;

    /** An active subscription with what sending needs. */
    record Target(long id, String url, String secret, AlertFilter filter) {
    }

    SubscriptionStore(JdbcTemplate jdbc, Clock clock, AuditLog audit, WebhookSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.settings = settings;
    }

    /** What a caller asks for; checked whole by {@link #create}. */
    public record Request(String url, AlertFilter filter, String secret) {
    }

    @Transactional
    public Subscription create(Request r, String actor) {
        List<ItemError> errors = new ArrayList<>();
        checkUrl(r.url(), errors);
        if (r.secret() == null || r.secret().length() < 16) {
            errors.add(error("secret", null, "is required, at least 16 characters: deliveries are signed with it"));
        } else if (r.secret().length() > 200) {
            errors.add(error("secret", null, "is longer than 200 characters"));
        }
        AlertFilter filter = r.filter() == null ? AlertFilter.ANY : r.filter();
        if (filter.status() != null && !STATUSES.contains(filter.status())) {
            errors.add(error("filter.status", filter.status(), "must be one of " + STATUSES));
        }
        for (String[] f : new String[][] {{"filter.severity", filter.severity()}, {"filter.category",
                filter.category()}, {"filter.ruleId", filter.ruleId()}, {"filter.theatre", filter.theatre()}}) {
            if (f[1] != null && f[1].length() > 64) {
                errors.add(error(f[0], f[1], "is longer than 64 characters"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The subscription was refused", errors);
        }
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into subscription (url, secret, status_filter, severity_filter, "
                    + "category_filter, rule_filter, theatre_filter, created_at, created_by) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"});
            ps.setString(1, r.url().strip());
            ps.setString(2, r.secret());
            ps.setString(3, filter.status());
            ps.setString(4, filter.severity());
            ps.setString(5, filter.category());
            ps.setString(6, filter.ruleId());
            ps.setString(7, filter.theatre());
            ps.setTimestamp(8, Timestamp.from(clock.instant()));
            ps.setString(9, actor);
            return ps;
        }, keys);
        long id = keys.getKey().longValue();
        audit.record(actor, "SUBSCRIPTION_CREATED", "subscription " + id, r.url().strip() + " " + filter);
        return get(id).orElseThrow();
    }

    /** Deletes a subscription; its pending deliveries are cancelled. False when there is none such. */
    @Transactional
    public boolean delete(long id, String actor) {
        int n = jdbc.update("update subscription set deleted_at = ? where id = ? and deleted_at is null",
                Timestamp.from(clock.instant()), id);
        if (n == 0) {
            return false;
        }
        jdbc.update("update delivery set status = 'CANCELLED' where subscription_id = ? and status = 'PENDING'", id);
        audit.record(actor, "SUBSCRIPTION_DELETED", "subscription " + id, null);
        return true;
    }

    public List<Subscription> list() {
        return jdbc.query("select * from subscription where deleted_at is null order by id", SUBSCRIPTION);
    }

    public Optional<Subscription> get(long id) {
        return jdbc.query("select * from subscription where id = ? and deleted_at is null", SUBSCRIPTION, id).stream()
                .findFirst();
    }

    /** The subscriptions not deleted, with their secrets. */
    List<Target> active() {
        return jdbc.query("select * from subscription where deleted_at is null order by id", TARGET);
    }

    Optional<Target> target(long id) {
        return jdbc.query("select * from subscription where id = ? and deleted_at is null", TARGET, id).stream()
                .findFirst();
    }

    private void checkUrl(String url, List<ItemError> errors) {
        if (url == null || url.isBlank()) {
            errors.add(error("url", null, "is required"));
            return;
        }
        if (url.length() > 2000) {
            errors.add(error("url", url, "is longer than 2000 characters"));
            return;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                errors.add(error("url", url, "must be an http or https URL"));
            } else if (uri.getHost() == null) {
                errors.add(error("url", url, "has no host"));
            } else if (uri.getUserInfo() != null) {
                errors.add(error("url", url, "must not carry credentials"));
            } else {
                // asked once: the answer resolves the host's name
                String refusal = settings.refusal(uri.getHost());
                if (refusal != null) {
                    errors.add(error("url", url, refusal));
                }
            }
        } catch (URISyntaxException e) {
            errors.add(error("url", url, "is not a URL: " + e.getReason()));
        }
    }

    private static AlertFilter filter(ResultSet rs) throws SQLException {
        return new AlertFilter(rs.getString("status_filter"), rs.getString("severity_filter"),
                rs.getString("category_filter"), rs.getString("rule_filter"), rs.getString("theatre_filter"));
    }

    private static ItemError error(String field, String value, String reason) {
        return new ItemError(null, null, null, field, value, reason);
    }

    private static final RowMapper<Target> TARGET = (rs, i) -> new Target(rs.getLong("id"), rs.getString("url"),
            rs.getString("secret"), filter(rs));

    private static final RowMapper<Subscription> SUBSCRIPTION = (rs, i) -> new Subscription(rs.getLong("id"),
            rs.getString("url"), filter(rs), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
}
