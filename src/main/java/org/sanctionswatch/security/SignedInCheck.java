package org.sanctionswatch.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctionswatch.system.Sha256;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No session outlives its person's right: on every request signed in by a session, the person is read again. A
 * person disabled (or removed) since signing in, or whose password changed since, loses the session at once; one
 * whose roles changed carries the new roles from this request on.
 */
final class SignedInCheck extends OncePerRequestFilter {

    private final People people;
    private final SecurityProperties properties;

    SignedInCheck(People people, SecurityProperties properties) {
        this.people = people;
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && auth instanceof UsernamePasswordAuthenticationToken
                && auth.getPrincipal() instanceof UserDetails) {
            Optional<People.Credentials> stored = people.credentials(auth.getName());
            Optional<People.Person> person = stored.map(People.Credentials::person);
            boolean configured = properties.users().stream().anyMatch(u -> u.name().equals(auth.getName()));
            // the password the session was signed in with (a hash of its hash): a new password ends other sessions
            String stamp = stored.map(c -> Sha256.hex(c.passwordHash())).orElse(null);
            Object signedWith = session.getAttribute(People.SESSION_STAMP);
            if (signedWith == null && stamp != null) {
                session.setAttribute(People.SESSION_STAMP, stamp);
            }
            if (person.isEmpty() && !configured || person.isPresent() && !person.get().active()
                    || signedWith != null && !signedWith.equals(stamp)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            } else if (person.isPresent()) {
                Set<String> now = person.get().roles().stream().map(r -> "ROLE_" + r.name())
                        .collect(Collectors.toSet());
                Set<String> held = auth.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .collect(Collectors.toSet());
                if (!now.equals(held)) {
                    var refreshed = UsernamePasswordAuthenticationToken.authenticated(auth.getPrincipal(), null,
                            now.stream().map(SimpleGrantedAuthority::new).toList());
                    var context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(refreshed);
                    SecurityContextHolder.setContext(context);
                    session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
                }
            }
        }
        chain.doFilter(request, response);
    }
}
