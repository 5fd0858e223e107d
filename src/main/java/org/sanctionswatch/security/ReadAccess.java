package org.sanctionswatch.security;

import java.util.Set;
import java.util.function.BooleanSupplier;
import org.sanctionswatch.system.StillAllowed;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Asks the store again whether a stream's holder may still read: its key not revoked, its person active and still in a
 * reading role. A user kept in the configuration stays allowed while the service runs.
 */
@Component
class ReadAccess implements StillAllowed {

    private static final Set<Role> READERS = Set.of(Role.VIEWER, Role.ANALYST, Role.ADMIN);

    private final ApiKeys keys;
    private final People people;

    ReadAccess(ApiKeys keys, People people) {
        this.keys = keys;
        this.people = people;
    }

    @Override
    public BooleanSupplier toRead(Authentication authentication) {
        if (authentication == null) {
            return () -> false;
        }
        if (authentication.getDetails() instanceof ApiKeys.KeyInfo key) {
            return () -> keys.active(key.id());
        }
        if (authentication.getPrincipal() instanceof UserDetails user) {
            String name = user.getUsername();
            boolean stored = people.find(name).isPresent();
            return () -> !stored || people.find(name)
                    .filter(p -> p.active() && p.roles().stream().anyMatch(READERS::contains)).isPresent();
        }
        return () -> true;
    }
}
