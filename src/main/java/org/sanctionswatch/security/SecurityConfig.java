package org.sanctionswatch.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;

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

    /** The JSON API: keys and HTTP Basic for machines; the workbench's session (with its CSRF token) for people. */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiKeys keys, People people, SecurityProperties properties)
            throws Exception {
        var unauthorized = ProblemResponses.unauthorized();
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                        "/swagger-ui/**", "/error")
                // A forged request can only ride on a cookie: one that comes with no session needs no token (the
                // API never makes a session, so machines never carry one); one with a session always does.
                .csrf(c -> c.ignoringRequestMatchers(request -> request.getSession(false) == null))
                // Reads the workbench's session but never makes one.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .securityContext(c -> c.securityContextRepository(sessionReader()))
                .addFilterAfter(new SignedInCheck(people, properties), SecurityContextHolderFilter.class)
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
                                "/api/subscriptions/**", "/api/people", "/api/people/**").hasRole(ADMIN)
                        // A person's own password: whoever is signed in as that person.
                        .requestMatchers(HttpMethod.POST, "/api/account/password").authenticated()
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

    /**
     * The workbench: pages for people, signed in with a form, kept in a session, every form carrying a CSRF token.
     * The pages only read; what they change goes through the API above, under the same role checks.
     */
    @Bean
    @Order(2)
    SecurityFilterChain workbench(HttpSecurity http, People people, SecurityProperties properties) throws Exception {
        var stamping = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) throws ServletException, IOException {
                // the password this session signs in with: a later change of it ends the session (SignedInCheck)
                people.stamp(authentication.getName())
                        .ifPresent(stamp -> request.getSession().setAttribute(People.SESSION_STAMP, stamp));
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        http.formLogin(f -> f.loginPage("/login").permitAll().successHandler(stamping))
                .logout(l -> l.logoutSuccessUrl("/login?signedOut"))
                .addFilterAfter(new SignedInCheck(people, properties), SecurityContextHolderFilter.class)
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'self'; "
                        + "script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                        + "connect-src 'self'; frame-ancestors 'none'; form-action 'self'")))
                .exceptionHandling(e -> e.accessDeniedHandler(ProblemResponses.forbidden()))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/people").hasRole(ADMIN)
                        // A preview runs a backtest: as POST /api/backtests.
                        .requestMatchers(HttpMethod.POST, "/tuning/preview").hasRole(ANALYST)
                        .requestMatchers(HttpMethod.GET, "/", "/theatres", "/theatres/*", "/alerts", "/alerts/rows",
                                "/alerts/*", "/tuning", "/rulesets", "/lists", "/lists/entries",
                                "/account").hasRole(VIEWER)
                        .anyRequest().denyAll());
        return http.build();
    }

    /** Reads the security context a workbench session holds; never makes a session (a key or Basic call keeps none). */
    private static HttpSessionSecurityContextRepository sessionReader() {
        HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
        repository.setAllowSessionCreation(false);
        return repository;
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
    UserDetailsService users(People people, SecurityProperties properties) {
        return new PersonDetails(people, properties);
    }
}
