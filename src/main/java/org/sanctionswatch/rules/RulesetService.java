package org.sanctionswatch.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sanctionswatch.parameters.CurrentParameters;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.system.Sha256;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/** Keeps the versions of the ruleset: what the rules folder held at start-up, and every change made since. */
@Service
public class RulesetService {

    private final RulesetStore store;
    private final CurrentParameters parameters;
    private final JsonMapper json;
    private final Clock clock;
    private final Path rulesDir;

    RulesetService(RulesetStore store, CurrentParameters parameters, JsonMapper json, Clock clock,
            @Value("${sanctionswatch.rules.dir:rules}") String rulesDir) {
        this.store = store;
        this.parameters = parameters;
        this.json = json;
        this.clock = clock;
        this.rulesDir = Path.of(rulesDir);
    }

    /**
     * The ruleset to start with: the rules folder and parameter file are the source at start-up. When their content
     * equals the newest stored version, that version is reused; otherwise a new version records the difference.
     */
    Ruleset startup() {
        return record(RuleBaseBuilder.readFolder(rulesDir), parameters.get(), "rules folder",
                "loaded from " + rulesDir + " and " + parameters.file() + " at start-up", true);
    }

    /** Stores a new current version (or returns the current one when nothing differs and {@code reuse} is set). */
    Ruleset record(Map<String, String> drl, ParameterSet params, String author, String comment, boolean reuse) {
        String hash = contentHash(drl, params);
        Optional<Ruleset> current = store.current();
        if (reuse && current.isPresent() && current.get().contentHash().equals(hash)) {
            return current.get();
        }
        List<Ruleset.Change> diff = RulesetDiff.between(current.map(Ruleset::drlFiles).orElse(null),
                current.map(Ruleset::parameters).orElse(null), drl, params);
        return store.add(hash, drl, params, author, comment, clock.instant(), diff);
    }

    public List<Ruleset> all() {
        return store.all();
    }

    public Optional<Ruleset> get(int version) {
        return store.get(version);
    }

    public Optional<Ruleset> current() {
        return store.current();
    }

    public Path rulesDir() {
        return rulesDir;
    }

    String contentHash(Map<String, String> drl, ParameterSet params) {
        return Sha256.hex(RuleBaseBuilder.hash(drl) + json.writeValueAsString(params));
    }}
