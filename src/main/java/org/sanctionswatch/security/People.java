package org.sanctionswatch.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sanctionswatch.system.AccessChanged;
import org.sanctionswatch.system.AuditLog;
import org.sanctionswatch.system.ConflictException;
import org.sanctionswatch.system.InvalidInputException;
import org.sanctionswatch.system.ItemError;
import org.sanctionswatch.system.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people who sign in to the workbench. Passwords are stored as hashes in Spring Security's delegating format
 * (bcrypt); a disabled person keeps the row and loses every session at the next request. The last active
 * administrator (person or key) cannot be disabled or lose the role.
 */
@Service
public class People {

    /** The session attribute that holds a hash of the password hash the session was signed in with. */
    public static final String SESSION_STAMP = "sanctionswatch.credential";

    static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,99}");
    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 128;

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final AuditLog audit;
    private final Path dataDir;

    private final ApplicationEventPublisher events;

    People(JdbcTemplate jdbc, PasswordEncoder encoder, Clock clock, AuditLog audit,
            @Value("${sanctionswatch.data-dir:./data}") Path dataDir, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
        this.audit = audit;
        this.dataDir = dataDir;
        this.events = events;
    }

    /** A person as listed: never the password or its hash. */
    public record Person(long id, String name, Set<Role> roles, Instant createdAt, String createdBy,
            Instant disabledAt) {

        public boolean active() {
            return disabledAt == null;
        }
    }

    /** A person with the stored hash, for signing in. */
    record Credentials(Person person, String passwordHash) {
    }

    @Transactional
    public Person create(String name, String password, Set<Role> roles, String actor) {
        List<ItemError> errors = new ArrayList<>();
        if (name == null || !NAME.matcher(name).matches()) {
            errors.add(ItemError.atIndex(0, "name", name,
                    "1 to 100 letters, digits or . _ @ -, starting with a letter or digit"));
        }
        checkPassword(password, errors);
        checkRoles(roles, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The person was refused", errors);
        }
        if (find(name).isPresent()) {
            throw new ConflictException("a person named " + name + " exists already", "exists");
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("insert into person (name, password_hash, roles, created_at, created_by, changed_at) "
                + "values (?, ?, ?, ?, ?, ?)", name, encoder.encode(password), text(roles), now, actor, now);
        audit.record(actor, "PERSON_CREATED", "person " + name, text(roles));
        return find(name).orElseThrow();
    }

    /** Changes roles, disables or enables, or sets a new password; null leaves that part as it is. */
    @Transactional
    public Person change(String name, Set<Role> roles, Boolean disabled, String password, String actor) {
        Person p = find(name).orElseThrow(() -> new NotFoundException("no person named " + name));
        List<ItemError> errors = new ArrayList<>();
        if (roles != null) {
            checkRoles(roles, errors);
        }
        if (password != null) {
            checkPassword(password, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The change was refused", errors);
        }
        boolean losesAdmin = p.active() && p.roles().contains(Role.ADMIN)
                && (Boolean.TRUE.equals(disabled) || (roles != null && !roles.contains(Role.ADMIN)));
        if (losesAdmin && activeAdministrators(jdbc) <= 1) {
            throw new ConflictException(
                    "the last active administrator cannot be disabled or lose the ADMIN role", "last administrator");
        }
        Timestamp now = Timestamp.from(clock.instant());
        if (roles != null) {
            jdbc.update("update person set roles = ?, changed_at = ? where id = ?", text(roles), now, p.id());
            audit.record(actor, "PERSON_ROLES", "person " + name, text(roles));
        }
        if (disabled != null && disabled == p.active()) {
            jdbc.update("update person set disabled_at = ?, changed_at = ? where id = ?", disabled ? now : null, now,
                    p.id());
            audit.record(actor, disabled ? "PERSON_DISABLED" : "PERSON_ENABLED", "person " + name, null);
        }
        if (password != null) {
            jdbc.update("update person set password_hash = ?, changed_at = ? where id = ?", encoder.encode(password),
                    now, p.id());
            audit.record(actor, "PERSON_PASSWORD", "person " + name, null);
            if (name.equals(BootstrapAdmin.FIRST_ADMIN)) {
                // the generated first password is no longer a way in
                try {
                    Files.deleteIfExists(BootstrapAdmin.passwordFile(dataDir));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        events.publishEvent(new AccessChanged("person " + name));
        return find(name).orElseThrow();
    }

    /** A person changing their own password, proving the current one. */
    @Transactional
    public void changeOwnPassword(String name, String current, String replacement) {
        Credentials c = credentials(name).filter(x -> x.person().active())
                .orElseThrow(() -> new NotFoundException("no active person named " + name));
        if (current == null || !encoder.matches(current, c.passwordHash())) {
            throw new InvalidInputException("The password was not changed",
                    List.of(ItemError.atIndex(0, "current", null, "is not your current password")));
        }
        change(name, null, null, replacement, name);
    }

    /** What {@link #SESSION_STAMP} holds for a session of this person signed in with the current password. */
    public Optional<String> stamp(String name) {
        return credentials(name).map(c -> org.sanctionswatch.system.Sha256.hex(c.passwordHash()));
    }

    public List<Person> list() {
        return jdbc.query("select * from person order by name", (rs, i) -> person(rs));
    }

    public Optional<Person> find(String name) {
        return credentials(name).map(Credentials::person);
    }

    boolean any() {
        return jdbc.queryForObject("select count(*) from person", Long.class) > 0;
    }

    Optional<Credentials> credentials(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return jdbc.query("select * from person where name = ?",
                (rs, i) -> new Credentials(person(rs), rs.getString("password_hash")), name).stream().findFirst();
    }

    /** Active administrators, people and keys together: there must always be one. */
    static long activeAdministrators(JdbcTemplate jdbc) {
        long people = jdbc.queryForList("select roles from person where disabled_at is null", String.class).stream()
                .filter(r -> roles(r).contains(Role.ADMIN)).count();
        long keys = jdbc.queryForList("select roles from api_key where revoked_at is null", String.class).stream()
                .filter(r -> roles(r).contains(Role.ADMIN)).count();
        return people + keys;
    }

    private static void checkPassword(String password, List<ItemError> errors) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            errors.add(ItemError.atIndex(0, "password", null,
                    "must have " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters"));
        }
    }

    private static void checkRoles(Set<Role> roles, List<ItemError> errors) {
        if (roles == null || roles.isEmpty()) {
            errors.add(ItemError.atIndex(0, "roles", null, "at least one of VIEWER, ANALYST, INGEST, ADMIN"));
        }
    }

    static String text(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    static Set<Role> roles(String text) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : text.split(",")) {
            if (!r.isBlank()) {
                roles.add(Role.valueOf(r.strip()));
            }
        }
        return roles;
    }

    private static Person person(ResultSet rs) throws SQLException {
        Timestamp disabled = rs.getTimestamp("disabled_at");
        return new Person(rs.getLong("id"), rs.getString("name"), roles(rs.getString("roles")),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                disabled == null ? null : disabled.toInstant());
    }
}
