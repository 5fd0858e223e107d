package org.sanctionswatch.observation;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.sanctionswatch.fact.Observation;

/** Where stored observations go to be judged: the rules engine. */
public interface ObservationSink {

    /** Hands over observations that are new or revised; completes when they are judged and alerts are stored. */
    default CompletableFuture<Judgement> judge(List<Observation> changed) {
        Judging judging = begin();
        judging.add(changed);
        judging.settle();
        return judging.commit();
    }

    /**
     * Opens a judgement that takes a load's changes part by part while the load is still being stored, so that the
     * rules work on one part while the store writes the next. Judgements are taken in the order they are begun.
     */
    Judging begin();

    /** One load being judged: parts, then exactly one of commit or abort. */
    interface Judging {

        /** More new or revised observations of the load (not yet committed to the store). */
        void add(List<Observation> changed);

        /**
         * Waits until the engine has taken every part added so far; throws when it failed on one, so that the store
         * rolls the load back instead of committing what the engine no longer holds.
         */
        void settle();

        /** The load is committed: its alerts are decided and stored; completes with what changed. */
        CompletableFuture<Judgement> commit();

        /** The load was rolled back: the engine forgets every part it was given; completes once it has. */
        CompletableFuture<Judgement> abort();
    }

    /** What judging a batch changed. */
    record Judgement(int alertsRaised, int alertsUpdated, int alertsCleared, List<String> runawayRules) {

        public static final Judgement NONE = new Judgement(0, 0, 0, List.of());

        /** This judgement and a later one of the same batch, added up. */
        public Judgement and(Judgement later) {
            if (later.equals(NONE)) {
                return this;
            }
            List<String> runaways = new java.util.ArrayList<>(runawayRules);
            runaways.addAll(later.runawayRules);
            return new Judgement(alertsRaised + later.alertsRaised, alertsUpdated + later.alertsUpdated,
                    alertsCleared + later.alertsCleared, List.copyOf(runaways));
        }
    }
}
