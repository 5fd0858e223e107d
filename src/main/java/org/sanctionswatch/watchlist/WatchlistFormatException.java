package org.sanctionswatch.watchlist;

import java.util.List;
import java.util.stream.Collectors;

/** A watch-list file that could not be read as published; lists every problem found. */
public class WatchlistFormatException extends Exception {

    private static final long serialVersionUID = 1L;
    private static final int PROBLEMS_IN_MESSAGE = 20;

    /**
     * One defect in the input.
     *
     * @param line   1-based line number where the defective record or construct starts
     * @param column 1-based column, or null when not known
     * @param reason what is wrong
     */
    public record Problem(long line, Long column, String reason) {
        @Override
        public String toString() {
            return "line " + line + (column == null ? "" : ", column " + column) + ": " + reason;
        }
    }

    private final transient List<Problem> problems;

    private final long problemCount;

    public WatchlistFormatException(String source, List<Problem> problems) {
        this(source, problems, problems.size());
    }

    /** {@code problems} lists the first of {@code problemCount} problems. */
    public WatchlistFormatException(String source, List<Problem> problems, long problemCount) {
        super(message(source, problems));
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
    }

    public WatchlistFormatException(String source, Problem problem, Throwable cause) {
        super(message(source, List.of(problem)), cause);
        this.problems = List.of(problem);
        this.problemCount = 1;
    }

    public List<Problem> problems() {
        return problems;
    }

    public long problemCount() {
        return problemCount;
    }

    private static String message(String source, List<Problem> problems) {
        String shown = problems.stream()
                .limit(PROBLEMS_IN_MESSAGE)
                .map(Problem::toString)
                .collect(Collectors.joining("; "));
        String more = problems.size() > PROBLEMS_IN_MESSAGE
                ? " (and " + (problems.size() - PROBLEMS_IN_MESSAGE) + " more)"
                : "";
        return source + ": " + problems.size() + " problem(s): " + shown + more;
    }
}
