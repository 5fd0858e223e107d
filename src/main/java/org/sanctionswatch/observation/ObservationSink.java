package org.sanctionswatch.observation;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sanctionswatch.fact.Observation;

/** Where stored observations go to be judged: the rules engine. */
public interface ObservationSink {

    /** Hands over observations that are new or revised; completes when they are judged and alerts are stored. */
    CompletableFuture<Judgement> judge(List<Observation> changed);

    /** What judging a batch changed. */
    record Judgement(int alertsRaised, int alertsUpdated, int alertsCleared, List<String> runawayRules) {
    }
}
