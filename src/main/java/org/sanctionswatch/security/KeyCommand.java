package org.sanctionswatch.security;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;

/**
 * {@code keys create --name NAME --roles ROLE,ROLE [--data-dir DIR]}, {@code keys list}, {@code keys revoke ID}: API
 * keys on the embedded store while the service is stopped (H2 holds the file while it runs; then use
 * {@code /api/keys}). The key is printed once.
 */
public final class KeyCommand {

    private KeyCommand() {
    }

    public static int run(String[] arguments, PrintStream out, PrintStream err) {
        try {
            StoppedStore.Args args = StoppedStore.Args.parse(arguments);
            try (Connection c = StoppedStore.open(args.dataDir())) {
                switch (args.action()) {
                    case "create" -> {
                        if (args.name() == null || args.name().isBlank() || args.roles().isEmpty()) {
                            throw new IllegalArgumentException("create needs --name and --roles");
                        }
                        String key = ApiKeys.newKey();
                        StoppedStore.update(c, "insert into api_key (name, prefix, key_hash, roles, created_at, "
                                + "created_by) values (?, ?, ?, ?, ?, 'command line')", args.name(),
                                key.substring(0, 8), ApiKeys.hash(key), People.text(args.roles()),
                                Timestamp.from(Instant.now()));
                        StoppedStore.audit(c, "KEY_CREATED", "key " + args.name());
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
                        if (StoppedStore.update(c, "update api_key set revoked_at = ? where id = ? and revoked_at "
                                + "is null", Timestamp.from(Instant.now()), Long.parseLong(args.word())) == 0) {
                            throw new IllegalArgumentException("no active key " + args.word());
                        }
                        StoppedStore.audit(c, "KEY_REVOKED", "key " + args.word());
                    }
                    default -> throw new IllegalArgumentException("unknown action '" + args.action() + "'");
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
}
