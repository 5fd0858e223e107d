package org.sanctionswatch.watchlist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the US Treasury OFAC SDN list in its legacy CSV form ({@code sdn.csv}): no header, twelve columns
 * (ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag, Vess_owner,
 * Remarks), {@code -0-} for an empty value, CRLF line ends and a trailing Ctrl-Z byte.
 *
 * <p>The input is read record by record; every malformed record is collected and reported together in one
 * {@link WatchlistFormatException}. The stream is not closed.
 */
public final class OfacSdnParser {

    static final int COLUMNS = 12;

    /** Problems listed at most, as an observation load lists them; all are counted. */
    static final int MAX_LISTED_PROBLEMS = 1000;
    /**
     * Lines a quoted field may span. Published records fit on one line; a quote left open would otherwise swallow the
     * rest of the file, be pushed back and swallow it again from the next line: work quadratic in the file's length.
     */
    static final int MAX_SPANNED_LINES = 20;

    /** The longest value each stored field takes (the store's columns), in characters. */
    private static final int[] MAX_LENGTH = {64, 1000, 32, 1000, 1000, 200, 200, 200, 200, 200, 1000, 4000};
    private static final String[] FIELD = {"ent_num", "SDN_Name", "SDN_Type", "Program", "Title", "Call_Sign",
        "Vess_type", "Tonnage", "GRT", "Vess_flag", "Vess_owner", "Remarks"};

    private static final int ENT_NUM = 0;
    private static final int SDN_NAME = 1;
    private static final int SDN_TYPE = 2;
    private static final int PROGRAM = 3;
    private static final int VESS_TYPE = 6;
    private static final int VESS_FLAG = 9;
    private static final int REMARKS = 11;

    private static final String EMPTY_MARKER = "-0-";
    private static final char CTRL_Z = '\u001A';
    private static final char BOM = '\uFEFF';

    // \s+ rather than a single space: two published vessels (CHIZHOVKA, MEKHANIK BRILIN) have "IMO  nnnnnnn"
    private static final Pattern IMO = Pattern.compile("\\bIMO\\s+(\\d{7})\\b");
    // Closing quote must be followed by ';', '.' or the end, so quotes inside an alias (e.g. 'ABU-'UMAR') survive
    // and an alias cut off by the 1000-character Remarks limit is not taken. Former names (f.k.a.) are names too: a
    // renamed vessel reported under its old name is the listed vessel.
    private static final Pattern AKA = Pattern.compile("(?<![\\p{L}.])[af]\\.k\\.a\\. '(.+?)'(?=\\s*[;.]|\\s*$)");
    private static final Pattern PROGRAMME_SEPARATOR = Pattern.compile("\\]\\s*\\[");

    private long linesRead;

    /** How many lines the last parse read, counting each line read again after a bad quote: linear in the file. */
    long linesRead() {
        return linesRead;
    }

    public List<ListEntry> parse(InputStream in) throws WatchlistFormatException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        LineSource lines = new LineSource(reader);
        try {
            return parse(lines);
        } finally {
            linesRead = lines.reads;
        }
    }

    private List<ListEntry> parse(LineSource lines) throws WatchlistFormatException {
        List<ListEntry> entries = new ArrayList<>();
        List<WatchlistFormatException.Problem> problems = new ArrayList<>();
        long problemCount = 0;
        try {
            Line first;
            while ((first = lines.next()) != null) {
                if (first.text().isBlank()) {
                    continue;
                }
                Record record = Tokenizer.read(first, lines);
                WatchlistFormatException.Problem problem = record.problem();
                if (problem == null) {
                    String error = check(record.fields());
                    problem = error == null ? null : new WatchlistFormatException.Problem(first.number(), null, error);
                }
                if (problem != null) {
                    problemCount++;
                    if (problems.size() < MAX_LISTED_PROBLEMS) {
                        problems.add(problem);
                    }
                    continue;
                }
                entries.add(toEntry(record.fields()));
            }
        } catch (UncheckedIOException e) {
            throw new WatchlistFormatException("OFAC SDN CSV",
                    new WatchlistFormatException.Problem(lines.lastLineNumber(), null,
                            "I/O error: " + e.getCause().getMessage()), e.getCause());
        }
        if (!problems.isEmpty()) {
            throw new WatchlistFormatException("OFAC SDN CSV", problems, problemCount);
        }
        return entries;
    }

    private static String check(List<String> fields) {
        if (fields.size() != COLUMNS) {
            return "expected " + COLUMNS + " columns but found " + fields.size();
        }
        String entNum = fields.get(ENT_NUM);
        if (entNum == null || !entNum.chars().allMatch(Character::isDigit)) {
            return "ent_num is not a number: " + (entNum == null ? "empty" : "'" + entNum + "'");
        }
        if (fields.get(SDN_NAME) == null) {
            return "SDN_Name is empty";
        }
        for (int i = 0; i < COLUMNS; i++) {
            String v = fields.get(i);
            if (v != null && v.length() > MAX_LENGTH[i]) {
                return FIELD[i] + " has " + v.length() + " characters; at most " + MAX_LENGTH[i];
            }
        }
        return null;
    }

    private static ListEntry toEntry(List<String> f) {
        String type = f.get(SDN_TYPE);
        // OFAC leaves SDN_Type empty for entities
        String entryType = type == null ? ListEntry.ENTITY : type.toUpperCase(Locale.ROOT);
        String remarks = f.get(REMARKS);
        // a vessel's IMO number, or an entity's IMO company number
        String imo = ListEntry.VESSEL.equals(entryType) || ListEntry.ENTITY.equals(entryType) ? imo(remarks) : null;
        return new ListEntry(ListEntry.OFAC_SDN, f.get(ENT_NUM), f.get(SDN_NAME), aliases(remarks), entryType,
                programmes(f.get(PROGRAM)), null, imo, f.get(VESS_FLAG), f.get(VESS_TYPE), remarks);
    }

    static String imo(String remarks) {
        if (remarks == null) {
            return null;
        }
        Matcher m = IMO.matcher(remarks);
        return m.find() ? m.group(1) : null;
    }

    static List<String> aliases(String remarks) {
        if (remarks == null) {
            return List.of();
        }
        Set<String> aliases = new LinkedHashSet<>();
        Matcher m = AKA.matcher(remarks);
        while (m.find()) {
            String alias = m.group(1).strip();
            // some aliases are published wrapped twice, e.g. a.k.a. ''FOOPIE''
            while (alias.length() >= 2 && alias.startsWith("'") && alias.endsWith("'")) {
                alias = alias.substring(1, alias.length() - 1).strip();
            }
            if (!alias.isEmpty()) {
                aliases.add(alias);
            }
        }
        return List.copyOf(aliases);
    }

    static List<String> programmes(String program) {
        if (program == null) {
            return List.of();
        }
        List<String> programmes = new ArrayList<>();
        for (String part : PROGRAMME_SEPARATOR.split(program)) {
            String p = part.strip();
            if (p.startsWith("[")) {
                p = p.substring(1).strip();
            }
            if (p.endsWith("]")) {
                p = p.substring(0, p.length() - 1).strip();
            }
            if (!p.isEmpty()) {
                programmes.add(p);
            }
        }
        return List.copyOf(programmes);
    }

    /** Trims a raw field and maps OFAC's empty marker and blank values to null. */
    static String clean(String raw) {
        String s = raw.strip();
        return s.isEmpty() || s.equals(EMPTY_MARKER) ? null : s;
    }

    private record Line(long number, String text) {
    }

    private record Record(List<String> fields, WatchlistFormatException.Problem problem) {
    }

    /** Physical lines with the ability to push lines back, so a record can be re-read after a bad quote. */
    private static final class LineSource {
        private final BufferedReader reader;
        private final Deque<Line> pushedBack = new ArrayDeque<>();
        private long lineNumber;
        private long reads;

        LineSource(BufferedReader reader) {
            this.reader = reader;
        }

        Line next() {
            reads++;
            if (!pushedBack.isEmpty()) {
                return pushedBack.pop();
            }
            String text;
            try {
                text = reader.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (text == null) {
                return null;
            }
            lineNumber++;
            if (lineNumber == 1 && !text.isEmpty() && text.charAt(0) == BOM) {
                text = text.substring(1);
            }
            int end = text.length();
            while (end > 0 && text.charAt(end - 1) == CTRL_Z) {
                end--;
            }
            return new Line(lineNumber, text.substring(0, end));
        }

        void pushBack(List<Line> lines) {
            for (int i = lines.size() - 1; i >= 0; i--) {
                pushedBack.push(lines.get(i));
            }
        }

        long lastLineNumber() {
            return lineNumber;
        }
    }

    /** RFC 4180 state machine over one record, which may span lines inside a quoted field. */
    private static final class Tokenizer {
        private enum State { FIELD_START, UNQUOTED, QUOTED, AFTER_QUOTE }

        private Tokenizer() {
        }

        static Record read(Line first, LineSource source) {
            List<String> fields = new ArrayList<>();
            List<Line> continuation = new ArrayList<>();
            StringBuilder value = new StringBuilder();
            State state = State.FIELD_START;
            String text = first.text();
            int quoteField = -1;
            int spanningField = -1;
            String error = null;
            Long errorColumn = null;
            int i = 0;
            while (true) {
                if (i == text.length()) {
                    if (state != State.QUOTED) {
                        fields.add(clean(value.toString()));
                        break;
                    }
                    if (continuation.isEmpty()) {
                        spanningField = quoteField;
                    }
                    Line next = continuation.size() < MAX_SPANNED_LINES ? source.next() : null;
                    if (next == null) {
                        return unterminated(first, spanningField, continuation, source);
                    }
                    continuation.add(next);
                    value.append('\n');
                    text = next.text();
                    i = 0;
                    continue;
                }
                char c = text.charAt(i++);
                switch (state) {
                    case FIELD_START -> {
                        if (c == '"') {
                            value.setLength(0);
                            quoteField = fields.size() + 1;
                            state = State.QUOTED;
                        } else if (c == ',') {
                            fields.add(clean(value.toString()));
                            value.setLength(0);
                        } else {
                            value.append(c);
                            if (!Character.isWhitespace(c)) {
                                state = State.UNQUOTED;
                            }
                        }
                    }
                    case UNQUOTED -> {
                        if (c == ',') {
                            fields.add(clean(value.toString()));
                            value.setLength(0);
                            state = State.FIELD_START;
                        } else {
                            value.append(c);
                        }
                    }
                    case QUOTED -> {
                        if (c == '"') {
                            if (i < text.length() && text.charAt(i) == '"') {
                                value.append('"');
                                i++;
                            } else {
                                state = State.AFTER_QUOTE;
                            }
                        } else {
                            value.append(c);
                        }
                    }
                    case AFTER_QUOTE -> {
                        if (c == ',') {
                            fields.add(clean(value.toString()));
                            value.setLength(0);
                            state = State.FIELD_START;
                        } else if (!Character.isWhitespace(c)) {
                            if (error == null) {
                                error = "quote in field " + (fields.size() + 1) + " is followed by '" + c
                                        + "': unterminated or unescaped quote";
                                errorColumn = continuation.isEmpty() ? (long) i : null;
                            }
                            value.append(c);
                            state = State.UNQUOTED;
                        }
                    }
                    default -> throw new IllegalStateException(state.name());
                }
            }
            if (error == null && !continuation.isEmpty() && fields.size() != COLUMNS) {
                error = "expected " + COLUMNS + " columns but found " + fields.size();
            }
            if (error != null && !continuation.isEmpty()) {
                // A quote that swallowed following lines is far likelier a missing closing quote than a real
                // multi-line value: report it and re-read the swallowed lines as records of their own.
                return unterminated(first, spanningField, continuation, source);
            }
            if (error != null) {
                return new Record(fields, new WatchlistFormatException.Problem(first.number(), errorColumn, error));
            }
            return new Record(fields, null);
        }

        private static Record unterminated(Line first, int field, List<Line> continuation, LineSource source) {
            source.pushBack(continuation);
            return new Record(List.of(), new WatchlistFormatException.Problem(first.number(), null,
                    "unterminated quote in field " + field));
        }
    }
}
