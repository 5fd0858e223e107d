package org.sanctionswatch.parameters;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Holds the parameter set in force; read at start-up from the rules folder. */
@Component
public class CurrentParameters {

    private final Path file;
    private final AtomicReference<ParameterSet> current = new AtomicReference<>();

    CurrentParameters(@Value("${sanctionswatch.rules.dir:rules}") String rulesDir,
            @Value("${sanctionswatch.rules.parameters:}") String parametersFile) {
        this.file = parametersFile.isBlank() ? Path.of(rulesDir, "parameters.json") : Path.of(parametersFile);
        current.set(ParameterFiles.read(file));
    }

    public ParameterSet get() {
        return current.get();
    }

    public Path file() {
        return file;
    }

    public void set(ParameterSet parameters) {
        current.set(parameters);
    }
}
