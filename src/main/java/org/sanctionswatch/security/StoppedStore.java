package org.sanctionswatch.security;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.flywaydb.core.Flyway;

/**
 * What the {@code keys} and {@code people} commands share: their arguments, the embedded store opened (and migrated)
 * while the service is stopped (H2 holds the file while it runs), and the audit log.
 */
final class StoppedStore {

    private StoppedStore() {
    }

    /** {@code ACTION [--name NAME] [--roles ROLE,ROLE] [--data-dir DIR] [WORD]}. */
    record Args(String action, String name, Set<Role> roles, String dataDir, String word) {

        static Args parse(String[] args) {
            String name = null;
            String roles = null;
            String dataDir = "./data";
            String word = null;
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--name" -> name = args[++i];
                    case "--roles" -> roles = args[++i];
                    case "--data-dir" -> dataDir = args[++i];
                    default -> word = args[i];
                }
            }
            Set<Role> set = EnumSet.noneOf(Role.class);
            for (String r : (roles == null ? "" : roles).split(",")) {
                if (!r.isBlank()) {
                    set.add(Role.valueOf(r.strip().toUpperCase(Locale.ROOT)));
                }
            }
            return new Args(args.length > 0 ? args[0] : "", name, set, dataDir, word);
        }
    }

    static Connection open(String dataDir) throws SQLException {
        String url = "jdbc:h2:file:" + Path.of(dataDir).resolve("sanctions-watch").toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").load().migrate();
        return DriverManager.getConnection(url, "sa", "");
    }

    static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps.executeUpdate();
        }
    }

    static void audit(Connection c, String action, String subject) throws SQLException {
        update(c, "insert into audit_log (at, actor, action, subject) values (?, 'command line', ?, ?)",
                Timestamp.from(Instant.now()), action, subject);
    }
}
