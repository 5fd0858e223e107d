package org.sanctionswatch.system;

/** Answered 409: the request is valid but the resource's current state does not allow it; the message says why. */
public class ConflictException extends RuntimeException {

    private final String state;

    public ConflictException(String message, String state) {
        super(message);
        this.state = state;
    }

    /** The state that refused the request, for example an alert's status. */
    public String state() {
        return state;
    }
}
