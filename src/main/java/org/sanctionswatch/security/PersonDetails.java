package org.sanctionswatch.security;

import java.util.Optional;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Who may sign in with a name and password: the people in the store (the workbench's form and HTTP Basic), then
 * the users configured in {@code sanctionswatch.security.users}. A disabled person is found but refused.
 */
final class PersonDetails implements UserDetailsService {

    private final People people;
    private final SecurityProperties properties;

    PersonDetails(People people, SecurityProperties properties) {
        this.people = people;
        this.properties = properties;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        Optional<People.Credentials> stored = people.credentials(name);
        if (stored.isPresent()) {
            People.Person p = stored.get().person();
            return User.withUsername(p.name()).password(stored.get().passwordHash())
                    .roles(p.roles().stream().map(Role::name).toArray(String[]::new)).disabled(!p.active()).build();
        }
        return properties.users().stream().filter(u -> u.name().equals(name)).findFirst()
                .map(u -> User.withUsername(u.name()).password(u.password())
                        .roles(u.roles().stream().map(Role::name).toArray(String[]::new)).build())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
