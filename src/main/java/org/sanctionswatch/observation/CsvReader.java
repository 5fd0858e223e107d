package org.sanctionswatch.observation;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: quoted fields with embedded commas, quotes and line breaks, CRLF or LF, a leading
 * UTF-8 BOM and a trailing Ctrl-Z skipped. Reads one record at a time; never the whole input.
 */
final class CsvReader {

    private final Reader in;
    private long line = 1;
    private long recordLine;
    private int peeked = -2;
    private boolean first = true;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The line on which the last record returned by {@link #next()} started. */
    long recordLine() {
        return recordLine;
    }

    /** The next record, or null at the end. A record cut off inside quotes throws {@link CsvSyntaxException}. */
    List<String> next() throws IOException {
        int c = read();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        while (c == '\r' || c == '\n') {
            if (c == '\n') {
                line++;
            }
            c = read();
        }
        if (c == -1 || (c == 0x1A && peek() == -1)) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new CsvSyntaxException(recordLine, fields.size() + 1,
                            "the file ends inside a quoted field (truncated?)");
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\r' || c == '\n' || c == -1 || (c == 0x1A && peek() == -1)) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c == '\r' || c == '\n') {
                    line++;
                }
                fields.add(field.toString());
                return fields;
            } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        return in.read();
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            peeked = in.read();
        }
        return peeked;
    }
}
