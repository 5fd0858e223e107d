package org.sanctionswatch.rules;

/** One error from compiling the rules folder, located in its file. */
public record RuleProblem(String file, int line, int column, String message) {
}
