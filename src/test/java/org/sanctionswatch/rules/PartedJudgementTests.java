package org.sanctionswatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanctionswatch.rules.Facts.monthly;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionswatch.e2e.RunningService;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.TradeFlow;
import org.sanctionswatch.observation.ObservationSink;
import tools.jackson.databind.JsonNode;

/**
 * The engine takes a load part by part while the store writes it: a committed load is judged as one, and a load
 * whose transaction rolled back leaves the session as it found it, new facts gone and revised ones restored.
 */
class PartedJudgementTests {

    @TempDir
    Path data;

    /** Twelve months of 2023 at 300,000 US$ of HS 2713, exported by China to the DPRK. */
    private static List<Observation> year2023() {
        List<Observation> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(monthly("CHN", "PRK", "EXPORT", "2713", 2023, m, 300_000));
        }
        return months;
    }

    private static List<String> surgeSubjects(RunningService service) {
        JsonNode items = service.get("/api/alerts?ruleId=TRADE-001").body().get("items");
        List<String> subjects = new ArrayList<>();
        items.forEach(a -> subjects.add(a.get("subject").asString()));
        return subjects;
    }

    @Test
    void aCommittedLoadInPartsIsJudgedAsOne() {
        try (RunningService service = RunningService.start(data, "sanctionswatch.seeds.enabled=false")) {
            RuleEngine engine = service.bean(RuleEngine.class);
            List<Observation> year = year2023();

            ObservationSink.Judging judging = engine.begin();
            judging.add(year.subList(0, 5));
            judging.add(year.subList(5, 12));
            judging.add(List.of(monthly("CHN", "PRK", "EXPORT", "2713", 2024, 1, 600_000)));
            judging.commit().join();

            assertThat(surgeSubjects(service)).singleElement().asString().contains("2024-01");
        }
    }

    @Test
    void aRolledBackLoadLeavesNoFactBehind() {
        try (RunningService service = RunningService.start(data, "sanctionswatch.seeds.enabled=false")) {
            RuleEngine engine = service.bean(RuleEngine.class);
            List<Observation> year = year2023();

            int held = engine.observationsHeld().join();

            ObservationSink.Judging judging = engine.begin();
            judging.add(year.subList(0, 6));
            judging.add(year.subList(6, 12));
            judging.add(List.of(monthly("CHN", "PRK", "EXPORT", "2713", 2024, 1, 600_000)));
            judging.settle();
            assertThat(judging.abort().join()).isEqualTo(ObservationSink.Judgement.NONE);
            assertThat(engine.observationsHeld().join()).isEqualTo(held);

            // Had the surge stayed in the session, the year's months would complete its baseline and raise it now.
            assertThat(engine.judge(year).join().alertsRaised()).isZero();
            assertThat(surgeSubjects(service)).isEmpty();
        }
    }

    @Test
    void aRolledBackRevisionRestoresTheVersionBefore() {
        try (RunningService service = RunningService.start(data, "sanctionswatch.seeds.enabled=false")) {
            RuleEngine engine = service.bean(RuleEngine.class);
            List<Observation> year = new ArrayList<>(year2023());
            TradeFlow january = monthly("CHN", "PRK", "EXPORT", "2713", 2024, 1, 300_000);
            year.add(january);
            assertThat(engine.judge(year).join().alertsRaised()).isZero();

            ObservationSink.Judging judging = engine.begin();
            judging.add(List.of(new TradeFlow(january.id(), january.theatre(), january.source(),
                    january.reportedAt(), "CHN", "PRK", "EXPORT", "2713", "2024-01", true, january.periodIndex(),
                    600_000, null, null)));
            judging.abort().join();

            // February at 600,000 is twice the trailing mean only if January is back at 300,000 (with January at
            // 600,000 the mean would be 325,000 and the ratio 1.85).
            engine.judge(List.of(monthly("CHN", "PRK", "EXPORT", "2713", 2024, 2, 600_000))).join();
            assertThat(surgeSubjects(service)).singleElement().asString().contains("2024-02");
        }
    }

    /** A service whose engine gives up on a load after 200 ms without a part. */
    private RunningService withShortPartTimeout() {
        return RunningService.start(data, "sanctionswatch.seeds.enabled=false",
                "sanctionswatch.engine.part-timeout=200ms");
    }

    @Test
    void aLoadWhoseNextPartDoesNotArriveIsTakenOutOfTheSession() {
        try (RunningService service = withShortPartTimeout()) {
            RuleEngine engine = service.bean(RuleEngine.class);
            int held = engine.observationsHeld().join();

            ObservationSink.Judging judging = engine.begin();
            judging.add(year2023());
            // Queued behind the load on the engine thread: answers once the engine has given up on it.
            assertThat(engine.observationsHeld().join()).isEqualTo(held);

            assertThatThrownBy(() -> judging.add(year2023())).hasMessageContaining("no part of the load arrived");
        }
    }

    @Test
    void aSettledLoadWaitsForItsCommitHoweverLongTheDatabaseTakes() throws InterruptedException {
        try (RunningService service = withShortPartTimeout()) {
            RuleEngine engine = service.bean(RuleEngine.class);
            int held = engine.observationsHeld().join();

            ObservationSink.Judging judging = engine.begin();
            judging.add(year2023());
            judging.add(List.of(monthly("CHN", "PRK", "EXPORT", "2713", 2024, 1, 600_000)));
            judging.settle();
            // Every part is taken: the store is committing, and a commit longer than the part timeout is waited for,
            // since a load the engine gave up on here could still commit, stored but never judged.
            Thread.sleep(1_000);
            assertThat(judging.commit().join().alertsRaised()).isPositive();

            assertThat(engine.observationsHeld().join()).isEqualTo(held + 13);
            assertThat(surgeSubjects(service)).singleElement().asString().contains("2024-01");
        }
    }
}
