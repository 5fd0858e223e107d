package org.sanctionswatch.system;

/** Answered 403: the caller's role does not allow this use of an endpoint it may otherwise call. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
