package org.sanctionswatch.observation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Loads every {@code seeds/*.json} at start-up through the normal ingest path; loading twice changes nothing. */
@Component
class SeedLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final IngestService ingest;
    private final Path dir;
    private final boolean enabled;

    SeedLoader(IngestService ingest, @Value("${sanctionswatch.seeds.dir:seeds}") String dir,
            @Value("${sanctionswatch.seeds.enabled:true}") boolean enabled) {
        this.ingest = ingest;
        this.dir = Path.of(dir);
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || !Files.isDirectory(dir)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                IngestResult r = ingest.ingestJson(in);
                log.info("Seeds {}: {} accepted, {} duplicates, {} revisions, {} alerts raised", file, r.accepted(),
                        r.duplicates(), r.revisions(), r.alertsRaised());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
