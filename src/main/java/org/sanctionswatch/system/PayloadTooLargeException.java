package org.sanctionswatch.system;

/** Answered 413, naming the limit. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(String message) {
        super(message);
    }
}
