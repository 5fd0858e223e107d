package org.sanctionswatch.security;

import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may do what. Everything is closed unless a line below opens it; the matrix test walks every endpoint with
 * every role.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    private static final String VIEWER = "VIEWER";
    private static final String INGEST = "INGEST";
    private static final String ANALYST = "ANALYST";
    private static final String ADMIN = "ADMIN";

    @Bean
    SecurityFilterChain api(HttpSecurity http, ApiKeys keys) throws Exception {
        var unauthorized = ProblemResponses.unauthorized();
        http.csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.authenticationEntryPoint(unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .addFilterBefore(new ApiKeyFilter(keys, unauthorized), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        // Only ends a response whose request was authorised already (a stream that closes).
                        .dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll()
                        // Loading data.
                        .requestMatchers(HttpMethod.POST, "/api/observations", "/api/observations/import",
                                "/api/watchlists/import").hasRole(INGEST)
                        // Rule logic runs arbitrary Java: administrators only.
                        .requestMatchers(HttpMethod.POST, "/api/rulesets/reload").hasRole(ADMIN)
                        .requestMatchers("/api/keys", "/api/keys/**", "/api/audit", "/api/subscriptions",
                                "/api/subscriptions/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.GET, "/actuator/**").hasRole(ADMIN)
                        // Tuning, backtests (candidate DRL is checked for ADMIN in the controller), acting on alerts.
                        .requestMatchers(HttpMethod.PUT, "/api/parameters").hasRole(ANALYST)
                        .requestMatchers(HttpMethod.PATCH, "/api/parameters").hasRole(ANALYST)
                        .requestMatchers(HttpMethod.POST, "/api/backtests", "/api/rulesets/*/rollback",
                                "/api/alerts/*/*", "/api/snoozes").hasRole(ANALYST)
                        .requestMatchers(HttpMethod.DELETE, "/api/snoozes/*").hasRole(ANALYST)
                        // Reading.
                        .requestMatchers(HttpMethod.GET, "/api/alerts", "/api/alerts/**", "/api/escalation",
                                "/api/escalation/**", "/api/observations", "/api/observations/**", "/api/rules",
                                "/api/parameters", "/api/parameters/**", "/api/rulesets", "/api/rulesets/**",
                                "/api/watchlists", "/api/watchlists/**", "/api/screen", "/api/snoozes")
                        .hasRole(VIEWER)
                        .anyRequest().denyAll());
        return http.build();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.fromHierarchy(Role.HIERARCHY);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(SecurityProperties properties) {
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager();
        for (SecurityProperties.User u : properties.users()) {
            manager.createUser(User.withUsername(u.name()).password(u.password())
                    .roles(u.roles().stream().map(Role::name).toArray(String[]::new)).build());
        }
        return manager;
    }
}
