package org.sanctionswatch.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The embedded default still starts with one command. On first start with no key and no configured user, an
 * administrator key is generated and printed once on the console; {@code sanctionswatch.security.admin-key}
 * (environment variable {@code SANCTIONSWATCH_SECURITY_ADMIN_KEY}) installs a chosen one. When nobody can sign in to
 * the workbench yet, the person {@code admin} is made with {@code sanctionswatch.security.admin-password}, or with a
 * generated password written to {@code <data-dir>/initial-admin-password} (readable by its owner only), which is
 * removed once that password is changed.
 */
@Component
@Order(0)
class BootstrapAdmin implements ApplicationRunner {

    static final String FIRST_ADMIN = "admin";
    static final String CONFIGURED = "admin (configured)";
    static final int MIN_CONFIGURED_KEY = 32;
    static final String PASSWORD_FILE = "initial-admin-password";

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final ApiKeys keys;
    private final People people;
    private final SecurityProperties properties;
    private final Path dataDir;

    BootstrapAdmin(ApiKeys keys, People people, SecurityProperties properties,
            @Value("${sanctionswatch.data-dir:./data}") Path dataDir) {
        this.keys = keys;
        this.people = people;
        this.properties = properties;
        this.dataDir = dataDir;
    }

    @Override
    public void run(ApplicationArguments args) {
        firstKey();
        firstPerson();
    }

    private void firstKey() {
        String configured = properties.adminKey();
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_CONFIGURED_KEY) {
                throw new IllegalStateException("sanctionswatch.security.admin-key must have at least "
                        + MIN_CONFIGURED_KEY + " characters");
            }
            if (!keys.exists(configured)) {
                keys.create(CONFIGURED, EnumSet.of(Role.ADMIN), "start-up", configured);
            }
            // a configured key that changed replaces the one configured before: the old one opens nothing
            keys.revokeOthersNamed(CONFIGURED, configured, "start-up");
            return;
        }
        if (keys.any() || !properties.users().isEmpty()) {
            return;
        }
        ApiKeys.CreatedKey created = keys.create("admin (generated at first start)", EnumSet.of(Role.ADMIN),
                "start-up", ApiKeys.newKey());
        log.warn("First start: an administrator API key was generated and printed on the console, once");
        System.out.println("\n\n  First start: an administrator API key was generated. It is shown this once:\n\n    "
                + created.key() + "\n\n  Use it as 'Authorization: Bearer <key>' and create other keys with "
                + "POST /api/keys.\n");
    }

    private void firstPerson() {
        if (people.any() || !properties.users().isEmpty()) {
            return;
        }
        String configured = properties.adminPassword();
        if (configured != null && !configured.isBlank()) {
            people.create(FIRST_ADMIN, configured, EnumSet.of(Role.ADMIN), "start-up");
            return;
        }
        String password = PeopleCommand.newPassword();
        Path file = passwordFile(dataDir);
        try {
            Files.createDirectories(dataDir);
            Files.deleteIfExists(file);
            ownerOnly(file);
            Files.writeString(file, password + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        people.create(FIRST_ADMIN, password, EnumSet.of(Role.ADMIN), "start-up");
        log.warn("First start: sign in to the workbench as '{}' with the password in {}", FIRST_ADMIN, file);
    }

    /** Creates the file readable and writable by its owner only, on POSIX file systems and on others. */
    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            return;
        }
        Files.createFile(file);
        java.io.File f = file.toFile();
        if (!(f.setReadable(false, false) && f.setReadable(true, true) && f.setWritable(false, false)
                && f.setWritable(true, true))) {
            Files.delete(file);
            throw new IllegalStateException("cannot make " + file + " readable by its owner only; set "
                    + "sanctionswatch.security.admin-password instead");
        }
    }

    static Path passwordFile(Path dataDir) {
        return dataDir.resolve(PASSWORD_FILE);
    }
}
