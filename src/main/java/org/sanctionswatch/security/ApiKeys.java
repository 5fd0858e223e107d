package org.sanctionswatch.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctionswatch.system.AccessChanged;
import org.sanctionswatch.system.AuditLog;
import org.sanctionswatch.system.ConflictException;
import org.sanctionswatch.system.InvalidInputException;
import org.sanctionswatch.system.ItemError;
import org.sanctionswatch.system.NotFoundException;
import org.sanctionswatch.system.Sha256;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** API keys: created and revoked by an administrator; only a SHA-256 hash of each key is stored. */
@Service
public class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuditLog audit;

    private final ApplicationEventPublisher events;

    ApiKeys(JdbcTemplate jdbc, Clock clock, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.events = events;
    }

    /** A stored key, without the key. */
    public record KeyInfo(long id, String name, String prefix, Set<Role> roles, Instant createdAt, String createdBy,
            Instant revokedAt) {
    }

    /** A newly created key: the only time the key itself is seen. */
    public record CreatedKey(KeyInfo info, String key) {
    }

    public CreatedKey create(String name, Set<Role> roles, String actor) {
        return create(name, roles, actor, newKey());
    }

    CreatedKey create(String name, Set<Role> roles, String actor, String key) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException("The key was refused",
                    List.of(ItemError.atIndex(0, "name", name, "is required, at most 200 characters")));
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("The key was refused",
                    List.of(ItemError.atIndex(0, "roles", null, "at least one of " + Arrays.toString(Role.values()))));
        }
        Instant now = clock.instant();
        String roleText = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        jdbc.update("insert into api_key (name, prefix, key_hash, roles, created_at, created_by) values (?, ?, ?, ?, ?, ?)",
                name, key.substring(0, Math.min(8, key.length())), hash(key), roleText, Timestamp.from(now), actor);
        KeyInfo info = byHash(hash(key)).orElseThrow();
        audit.record(actor, "KEY_CREATED", "key " + info.id() + " " + name, roleText);
        return new CreatedKey(info, key);
    }

    /** Revokes a key; the last active administrator (key or person) cannot be revoked. */
    public void revoke(long id, String actor) {
        KeyInfo key = list().stream().filter(k -> k.id() == id && k.revokedAt() == null).findFirst()
                .orElseThrow(() -> new NotFoundException("no active key " + id));
        if (key.roles().contains(Role.ADMIN) && People.activeAdministrators(jdbc) <= 1) {
            throw new ConflictException("the last active administrator cannot be revoked: make another first",
                    "last administrator");
        }
        jdbc.update("update api_key set revoked_at = ? where id = ? and revoked_at is null",
                Timestamp.from(clock.instant()), id);
        audit.record(actor, "KEY_REVOKED", "key " + id, null);
        events.publishEvent(new AccessChanged("key " + id));
    }

    /** Whether the key with this id is still active. */
    boolean active(long id) {
        return jdbc.queryForObject("select count(*) from api_key where id = ? and revoked_at is null", Long.class,
                id) > 0;
    }

    /** Revokes every active key of this name but the one with this value: a configured key that changed. */
    void revokeOthersNamed(String name, String keep, String actor) {
        Optional<KeyInfo> kept = byHash(hash(keep));
        for (KeyInfo k : list()) {
            if (k.name().equals(name) && k.revokedAt() == null && kept.filter(k::equals).isEmpty()) {
                jdbc.update("update api_key set revoked_at = ? where id = ?", Timestamp.from(clock.instant()), k.id());
                audit.record(actor, "KEY_REVOKED", "key " + k.id() + " (replaced by the configured key)", null);
                events.publishEvent(new AccessChanged("key " + k.id()));
            }
        }
    }

    public List<KeyInfo> list() {
        return jdbc.query("select * from api_key order by id", (rs, i) -> info(rs));
    }

    /** The active key with this value, if any. */
    Optional<KeyInfo> authenticate(String key) {
        return byHash(hash(key)).filter(k -> k.revokedAt() == null);
    }

    boolean any() {
        return jdbc.queryForObject("select count(*) from api_key", Long.class) > 0;
    }

    boolean exists(String key) {
        return byHash(hash(key)).isPresent();
    }

    private Optional<KeyInfo> byHash(String hash) {
        return jdbc.query("select * from api_key where key_hash = ?", (rs, i) -> info(rs), hash).stream().findFirst();
    }

    private static KeyInfo info(java.sql.ResultSet rs) throws java.sql.SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : rs.getString("roles").split(",")) {
            roles.add(Role.valueOf(r));
        }
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new KeyInfo(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"), roles,
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                revoked == null ? null : revoked.toInstant());
    }

    static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "sw_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String key) {
        return Sha256.hex(key);
    }
}
