package org.sanctionswatch.rules;

import java.util.List;
import java.util.stream.Collectors;

/** The rules folder does not compile; every error with file, line, column and message. */
public class RuleCompilationException extends RuntimeException {

    private final List<RuleProblem> problems;

    public RuleCompilationException(List<RuleProblem> problems) {
        super("Rules do not compile:\n" + problems.stream()
                .map(p -> "  " + p.file() + ":" + p.line() + ":" + p.column() + " " + p.message())
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
