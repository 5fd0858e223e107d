package org.sanctionswatch.security;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;

/**
 * {@code keys create --name NAME --roles ROLE,ROLE [--data-dir DIR]}, {@code keys list}, {@code keys revoke ID}: API
 * keys on the embedded store while the service is stopped (H2 holds the file while it runs; then use
 * {@code /api/keys}). The key is printed once.
 */
public final class KeyCommand {

    private KeyCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        String action = args.length > 0 ? args[0] : "";
        String name = null;
        String roles = null;
        String dataDir = "./data";
        String id = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--name" -> name = args[++i];
                case "--roles" -> roles = args[++i];
                case "--data-dir" -> dataDir = args[++i];
                default -> id = args[i];
            }
        }
        String url = "jdbc:h2:file:" + Path.of(dataDir).resolve("sanctions-watch").toAbsolutePath();
        try {
            Flyway.configure().dataSource(url, "sa", "").load().migrate();
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                switch (action) {
                    case "create" -> {
                        Set<Role> set = EnumSet.noneOf(Role.class);
                        for (String r : (roles == null ? "" : roles).split(",")) {
                            if (!r.isBlank()) {
                                set.add(Role.valueOf(r.strip().toUpperCase(Locale.ROOT)));
                            }
                        }
                        if (name == null || name.isBlank() || set.isEmpty()) {
                            throw new IllegalArgumentException("create needs --name and --roles");
                        }
                        String key = ApiKeys.newKey();
                        try (PreparedStatement ps = c.prepareStatement("insert into api_key (name, prefix, key_hash, "
                                + "roles, created_at, created_by) values (?, ?, ?, ?, ?, 'command line')")) {
                            ps.setString(1, name);
                            ps.setString(2, key.substring(0, 8));
                            ps.setString(3, ApiKeys.hash(key));
                            ps.setString(4, set.stream().map(Role::name).sorted().collect(Collectors.joining(",")));
                            ps.setTimestamp(5, Timestamp.from(Instant.now()));
                            ps.executeUpdate();
                        }
                        audit(c, "KEY_CREATED", "key " + name);
                        out.println(key);
                    }
                    case "list" -> {
                        try (ResultSet rs = c.createStatement().executeQuery(
                                "select id, name, prefix, roles, revoked_at from api_key order by id")) {
                            while (rs.next()) {
                                out.printf(Locale.ROOT, "%d\t%s\t%s…\t%s\t%s%n", rs.getLong(1), rs.getString(2),
                                        rs.getString(3), rs.getString(4),
                                        rs.getTimestamp(5) == null ? "active" : "revoked");
                            }
                        }
                    }
                    case "revoke" -> {
                        try (PreparedStatement ps = c.prepareStatement(
                                "update api_key set revoked_at = ? where id = ? and revoked_at is null")) {
                            ps.setTimestamp(1, Timestamp.from(Instant.now()));
                            ps.setLong(2, Long.parseLong(id));
                            if (ps.executeUpdate() == 0) {
                                throw new IllegalArgumentException("no active key " + id);
                            }
                        }
                        audit(c, "KEY_REVOKED", "key " + id);
                    }
                    default -> throw new IllegalArgumentException("unknown action '" + action + "'");
                }
            }
            return 0;
        } catch (SQLException | RuntimeException e) {
            err.println("keys: " + e.getMessage());
            err.println("usage: keys create --name NAME --roles ROLE[,ROLE] [--data-dir DIR] | keys list | "
                    + "keys revoke ID  (with the service stopped; while it runs use /api/keys)");
            return 2;
        }
    }

    private static void audit(Connection c, String action, String subject) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "insert into audit_log (at, actor, action, subject) values (?, 'command line', ?, ?)")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            ps.setString(2, action);
            ps.setString(3, subject);
            ps.executeUpdate();
        }
    }
}
