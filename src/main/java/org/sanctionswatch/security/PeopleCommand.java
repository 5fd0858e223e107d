package org.sanctionswatch.security;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * {@code people create --name NAME --roles ROLE,ROLE}, {@code people list}, {@code people password NAME},
 * {@code people disable NAME}, {@code people enable NAME} (each with {@code [--data-dir DIR]}): the workbench's people
 * on the embedded store while the service is stopped (while it runs, use the workbench or {@code /api/people}). A new
 * password is generated and printed once.
 */
public final class PeopleCommand {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private PeopleCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String action = args.length > 0 ? args[0] : "";
        String name = null;
        String roles = null;
        String dataDir = "./data";
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--name" -> name = args[++i];
                case "--roles" -> roles = args[++i];
                case "--data-dir" -> dataDir = args[++i];
                default -> name = args[i];
            }
        }
        String url = "jdbc:h2:file:" + Path.of(dataDir).resolve("sanctions-watch").toAbsolutePath();
        try {
            Flyway.configure().dataSource(url, "sa", "").load().migrate();
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                Instant now = Instant.now();
                switch (action) {
                    case "create" -> {
                        Set<Role> set = EnumSet.noneOf(Role.class);
                        for (String r : (roles == null ? "" : roles).split(",")) {
                            if (!r.isBlank()) {
                                set.add(Role.valueOf(r.strip().toUpperCase(Locale.ROOT)));
                            }
                        }
                        if (name == null || !People.NAME.matcher(name).matches() || set.isEmpty()) {
                            throw new IllegalArgumentException("create needs --name (letters, digits, . _ @ -) and "
                                    + "--roles");
                        }
                        String password = newPassword();
                        update(c, "insert into person (name, password_hash, roles, created_at, created_by, "
                                + "changed_at) values (?, ?, ?, ?, 'command line', ?)", name, ENCODER.encode(password),
                                People.text(set), Timestamp.from(now), Timestamp.from(now));
                        audit(c, "PERSON_CREATED", "person " + name);
                        out.println(password);
                    }
                    case "list" -> {
                        try (ResultSet rs = c.createStatement().executeQuery(
                                "select name, roles, disabled_at from person order by name")) {
                            while (rs.next()) {
                                out.printf(Locale.ROOT, "%s\t%s\t%s%n", rs.getString(1), rs.getString(2),
                                        rs.getTimestamp(3) == null ? "active" : "disabled");
                            }
                        }
                    }
                    case "password" -> {
                        String password = newPassword();
                        need(update(c, "update person set password_hash = ?, changed_at = ? where name = ?",
                                ENCODER.encode(password), Timestamp.from(now), name), name);
                        audit(c, "PERSON_PASSWORD", "person " + name);
                        out.println(password);
                    }
                    case "disable", "enable" -> {
                        boolean disable = action.equals("disable");
                        need(update(c, "update person set disabled_at = ?, changed_at = ? where name = ?",
                                disable ? Timestamp.from(now) : null, Timestamp.from(now), name), name);
                        audit(c, disable ? "PERSON_DISABLED" : "PERSON_ENABLED", "person " + name);
                    }
                    default -> throw new IllegalArgumentException("unknown action '" + action + "'");
                }
            }
            return 0;
        } catch (SQLException | RuntimeException e) {
            err.println("people: " + e.getMessage());
            err.println("usage: people create --name NAME --roles ROLE[,ROLE] | people list | people password NAME | "
                    + "people disable NAME | people enable NAME  [--data-dir DIR]  (with the service stopped; while "
                    + "it runs use the workbench or /api/people)");
            return 2;
        }
    }

    private static void need(int updated, String name) {
        if (updated == 0) {
            throw new IllegalArgumentException("no person named " + name);
        }
    }

    private static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps.executeUpdate();
        }
    }

    private static void audit(Connection c, String action, String subject) throws SQLException {
        update(c, "insert into audit_log (at, actor, action, subject) values (?, 'command line', ?, ?)",
                Timestamp.from(Instant.now()), action, subject);
    }

    static String newPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
