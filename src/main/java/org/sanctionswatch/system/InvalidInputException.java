package org.sanctionswatch.system;

import java.util.List;

/** Input refused whole, with every problem found; answered 422 with the list. */
public class InvalidInputException extends RuntimeException {

    private final List<ItemError> errors;
    private final long errorCount;

    public InvalidInputException(String message, List<ItemError> errors, long errorCount) {
        super(message);
        this.errors = List.copyOf(errors);
        this.errorCount = errorCount;
    }

    public InvalidInputException(String message, List<ItemError> errors) {
        this(message, errors, errors.size());
    }

    public List<ItemError> errors() {
        return errors;
    }

    public long errorCount() {
        return errorCount;
    }
}
