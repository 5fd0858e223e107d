package org.sanctionswatch.system;

/**
 * Published when a credential loses some or all of its right (a key revoked; a person disabled, given other roles or
 * a new password): whatever holds access open (an alert stream) checks its holder again.
 */
public record AccessChanged(String subject) {
}
