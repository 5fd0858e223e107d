package org.sanctionswatch.security;

import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanctionswatch.security.admin-key}: an administrator key to install at start-up (else one is generated and
 * printed once when no key exists yet); {@code admin-password}: the password of the first administrator, {@code admin},
 * made when nobody can sign in yet (else one is generated into {@code <data-dir>/initial-admin-password});
 * {@code users}: users kept in the configuration, passwords as {@code {bcrypt}…} hashes.
 */
@ConfigurationProperties("sanctionswatch.security")
public record SecurityProperties(String adminKey, String adminPassword, List<User> users) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** A configured HTTP Basic user. */
    public record User(String name, String password, Set<Role> roles) {
    }
}
