package org.sanctionswatch.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}; a presented bad key is a 401. */
final class ApiKeyFilter extends OncePerRequestFilter {

    private final ApiKeys keys;
    private final AuthenticationEntryPoint entryPoint;

    ApiKeyFilter(ApiKeys keys, AuthenticationEntryPoint entryPoint) {
        this.keys = keys;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = presented(request);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiKeys.KeyInfo> info = keys.authenticate(key);
        if (info.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("unknown or revoked API key"));
            return;
        }
        List<SimpleGrantedAuthority> authorities = info.get().roles().stream()
                .map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
        var authentication = UsernamePasswordAuthenticationToken.authenticated("key:" + info.get().name(), null,
                authorities);
        // which key it is, for whatever stays open on it (a stream closes when the key is revoked)
        authentication.setDetails(info.get());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String presented(HttpServletRequest request) {
        String header = request.getHeader("X-API-Key");
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).strip();
        }
        return null;
    }
}
