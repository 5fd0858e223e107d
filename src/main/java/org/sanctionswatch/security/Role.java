package org.sanctionswatch.security;

/**
 * VIEWER reads alerts and escalation; INGEST loads observations and lists; ANALYST tunes parameters, backtests and
 * acts on alerts (and reads); ADMIN also reloads or replaces DRL (which runs arbitrary Java), manages keys,
 * subscriptions, and reads the audit log.
 */
public enum Role {
    VIEWER, INGEST, ANALYST, ADMIN;

    /** The hierarchy Spring Security applies: a role includes the roles below it. */
    static final String HIERARCHY = """
            ROLE_ADMIN > ROLE_ANALYST
            ROLE_ADMIN > ROLE_INGEST
            ROLE_ANALYST > ROLE_VIEWER
            """;
}
