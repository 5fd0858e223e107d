package org.sanctionswatch.observation;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.Theatre;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.system.InvalidInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads observation files without a server or a store (for the command line): CSV, JSON or NDJSON. */
public final class ObservationFiles {

    private ObservationFiles() {
    }

    /** Every observation of a file, with the envelope filled in; bad rows throw with every error listed. */
    public static List<Observation> read(Path file, ParameterSet parameters) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Batch batch = new Batch(parameters, Instant.EPOCH);
        Set<String> theatres = parameters.theatres().stream().map(Theatre::id).collect(Collectors.toSet());
        ObservationReader reader = new ObservationReader(theatres);
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (name.endsWith(".csv")) {
                new CsvImport(reader, batch).read(in);
            } else if (name.endsWith(".ndjson")) {
                int index = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) {
                        add(batch, reader, json.readTree(line), index++);
                    }
                }
            } else {
                JsonNode root = json.readTree(in);
                if (root.isArray()) {
                    for (int i = 0; i < root.size(); i++) {
                        add(batch, reader, root.get(i), i);
                    }
                } else {
                    add(batch, reader, root, 0);
                }
            }
        }
        if (batch.hasErrors()) {
            throw new InvalidInputException(file + " has bad rows", batch.errors(), batch.errorCount());
        }
        return batch.items().stream().map(Prepared::observation).toList();
    }

    private static void add(Batch batch, ObservationReader reader, JsonNode node, int index) {
        batch.received();
        Observation o = reader.read(node, (field, value, reason) -> batch.error(
                org.sanctionswatch.system.ItemError.atIndex(index, field, value, reason)));
        if (o != null) {
            batch.add(o, "item " + index, reason -> org.sanctionswatch.system.ItemError.atIndex(index, null, null,
                    reason));
        }
    }
}
