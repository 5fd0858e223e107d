package org.sanctionswatch.parameters;

import java.util.List;

/** A parameter file that cannot be used, with every problem found in it. */
public class ParameterFileException extends RuntimeException {

    private final List<String> problems;

    public ParameterFileException(String file, List<String> problems) {
        super("Parameter file " + file + " is invalid: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
