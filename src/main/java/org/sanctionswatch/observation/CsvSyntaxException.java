package org.sanctionswatch.observation;

import java.io.IOException;

/** A CSV file whose structure is broken at a line. */
final class CsvSyntaxException extends IOException {

    private final long line;
    private final int column;

    CsvSyntaxException(long line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    long line() {
        return line;
    }

    int column() {
        return column;
    }
}
