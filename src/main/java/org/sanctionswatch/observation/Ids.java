package org.sanctionswatch.observation;

import java.util.stream.Collectors;
import org.sanctionswatch.fact.Observation;

/** Observation ids derived from natural keys, so that the same fact always gets the same id. */
final class Ids {

    private Ids() {
    }

    static String of(Observation o) {
        String key = o.naturalKey().stream().map(String::valueOf).collect(Collectors.joining("\u001f"));
        return o.type().prefix() + "-" + Batch.sha256(o.type() + "\u001f" + key).substring(0, 20);
    }
}
