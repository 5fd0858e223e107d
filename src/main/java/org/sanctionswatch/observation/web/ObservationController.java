package org.sanctionswatch.observation.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.observation.IngestResult;
import org.sanctionswatch.observation.IngestService;
import org.sanctionswatch.observation.ObservationStore;
import org.sanctionswatch.system.NotFoundException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/observations")
class ObservationController {

    static final String NDJSON = "application/x-ndjson";

    private final IngestService ingest;
    private final ObservationStore store;

    ObservationController(IngestService ingest, ObservationStore store) {
        this.ingest = ingest;
        this.store = store;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Load one observation or an array of them; a batch with any bad item is refused whole")
    IngestResult postJson(InputStream body) {
        return ingest.ingestJson(body);
    }

    @PostMapping(consumes = NDJSON)
    @Operation(summary = "Load newline-delimited JSON observations; bad lines are reported by number")
    IngestResult postNdjson(InputStream body) {
        return ingest.ingestNdjson(body);
    }

    @PostMapping(path = "/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Import a CSV file sent as the body (UN Comtrade legacy, UN Comtrade+, or own layout)")
    IngestResult importCsv(InputStream body) {
        return ingest.importCsv(body);
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a CSV file sent as the multipart part 'file'")
    IngestResult importMultipart(@RequestPart("file") MultipartFile file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return ingest.importCsv(in);
        }
    }

    @GetMapping
    @Operation(summary = "Current observations, optionally of one type and theatre, ordered by event time")
    List<JsonNode> list(@RequestParam(required = false) String type, @RequestParam(required = false) String theatre,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        if (page < 0 || size < 1 || size > 1000) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and 1000");
        }
        return store.find(type, theatre, page, size);
    }

    @GetMapping("/counts")
    @Operation(summary = "How many current observations there are of each type")
    java.util.Map<String, Long> counts() {
        return store.countsByType();
    }

    @GetMapping("/{id}")
    @Operation(summary = "The current version of an observation")
    Observation get(@PathVariable String id) {
        return store.current(id).orElseThrow(() -> new NotFoundException("observation " + id + " does not exist"));
    }

    @GetMapping("/{id}/versions")
    @Operation(summary = "Every stored version of an observation, oldest first, with knowledge times")
    List<ObservationStore.StoredVersion> versions(@PathVariable String id) {
        List<ObservationStore.StoredVersion> versions = store.versions(id);
        if (versions.isEmpty()) {
            throw new NotFoundException("observation " + id + " does not exist");
        }
        return versions;
    }
}
