package org.sanctionswatch.system;

/** Answered 408: the sender took longer than a limit allows to send its request; nothing of it was stored. */
public class RequestTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RequestTimeoutException(String message) {
        super(message);
    }
}
