package org.sanctionswatch.security;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
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

    public static int run(String[] arguments, PrintStream out, PrintStream err) {
        try {
            StoppedStore.Args args = StoppedStore.Args.parse(arguments);
            String name = args.name() != null ? args.name() : args.word();
            Timestamp now = Timestamp.from(Instant.now());
            try (Connection c = StoppedStore.open(args.dataDir())) {
                switch (args.action()) {
                    case "create" -> {
                        if (name == null || !People.NAME.matcher(name).matches() || args.roles().isEmpty()) {
                            throw new IllegalArgumentException("create needs --name (letters, digits, . _ @ -) and "
                                    + "--roles");
                        }
                        String password = newPassword();
                        StoppedStore.update(c, "insert into person (name, password_hash, roles, created_at, "
                                + "created_by, changed_at) values (?, ?, ?, ?, 'command line', ?)", name,
                                ENCODER.encode(password), People.text(args.roles()), now, now);
                        StoppedStore.audit(c, "PERSON_CREATED", "person " + name);
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
                        need(StoppedStore.update(c, "update person set password_hash = ?, changed_at = ? "
                                + "where name = ?", ENCODER.encode(password), now, name), name);
                        StoppedStore.audit(c, "PERSON_PASSWORD", "person " + name);
                        if (BootstrapAdmin.FIRST_ADMIN.equals(name)) {
                            // the generated first password is no longer a way in
                            java.nio.file.Files.deleteIfExists(BootstrapAdmin.passwordFile(
                                    java.nio.file.Path.of(args.dataDir())));
                        }
                        out.println(password);
                    }
                    case "disable", "enable" -> {
                        boolean disable = args.action().equals("disable");
                        need(StoppedStore.update(c, "update person set disabled_at = ?, changed_at = ? "
                                + "where name = ?", disable ? now : null, now, name), name);
                        StoppedStore.audit(c, disable ? "PERSON_DISABLED" : "PERSON_ENABLED", "person " + name);
                    }
                    default -> throw new IllegalArgumentException("unknown action '" + args.action() + "'");
                }
            }
            return 0;
        } catch (SQLException | java.io.IOException | RuntimeException e) {
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

    static String newPassword() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
