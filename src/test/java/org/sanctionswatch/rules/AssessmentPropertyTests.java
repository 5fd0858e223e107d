package org.sanctionswatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.sanctionswatch.fact.DiplomaticEvent;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.MunitionsTransfer;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.Source;
import org.sanctionswatch.fact.TechnologyTransfer;
import org.sanctionswatch.fact.Theatre;
import org.sanctionswatch.fact.TheatreMeasure;
import org.sanctionswatch.fact.TroopDeployment;

/**
 * Properties of the two measures on the real rules and default parameters, over random sets of military and
 * diplomatic reports from sources of every grade: repeated or relayed evidence never raises a level, any order or
 * split of a load gives the same alerts and levels, and the history of a theatre at a day is what was known that day.
 */
class AssessmentPropertyTests {

    private static final LocalDate TODAY = LocalDate.parse("2024-12-31");
    private static final List<Source> SOURCES = List.of(
            new Source("Government statement", null, "A", 2, null),
            new Source("Think-tank analysis", null, "B", 2, null),
            new Source("Unnamed press reports", null, "C", 3, null),
            new Source("Social media post", null, "E", 5, null));
    private static final List<String> DOMAINS = List.of("ICBM", "SPACE", "AIR_DEFENCE");
    private static final List<String> STEPS = List.of("TREATY_SIGNED", "UNSC_VETO", "UNGA_VOTE", "MONITORING_BODY");

    /** What a report is, without its id: a kind, a day of 2024, a source and a figure. */
    record Spec(int kind, int day, int source, int figure) {

        Observation build(String id, Source source) {
            LocalDate date = LocalDate.of(2024, 1, 1).plusDays(day);
            return switch (kind) {
                case 0 -> new TroopDeployment(id, Facts.THEATRE, source, Instant.EPOCH, "PRK", "RUS", "Russia",
                        (figure + 1) * 1_500, figure % 2 == 0 ? "TECHNICAL" : "COMBAT", date, null);
                case 1 -> new MunitionsTransfer(id, Facts.THEATRE, source, Instant.EPOCH, "PRK", "RUS",
                        "ARTILLERY_SHELL", null, (figure + 1) * 300_000.0, "ROUNDS", date, null);
                case 2 -> new MunitionsTransfer(id, Facts.THEATRE, source, Instant.EPOCH, "PRK", "RUS",
                        "BALLISTIC_MISSILE", null, figure + 1, "MISSILES", date, null);
                case 3 -> new TechnologyTransfer(id, Facts.THEATRE, source, Instant.EPOCH, "RUS", "PRK",
                        DOMAINS.get(figure % DOMAINS.size()), date, null);
                default -> new DiplomaticEvent(id, Facts.THEATRE, source, Instant.EPOCH,
                        STEPS.get(figure % STEPS.size()), List.of("PRK", "RUS"), date, "ref-" + figure, null);
            };
        }
    }

    private static final Gen<Spec> SPECS = integers().between(0, 4)
            .zip(integers().between(0, 360), integers().between(0, SOURCES.size() - 1), integers().between(0, 7),
                    Spec::new);

    private static final Gen<List<Spec>> LOADS = lists().of(SPECS).ofSizeBetween(1, 14);

    private static List<Observation> reports(List<Spec> specs) {
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            out.add(specs.get(i).build("r" + i, SOURCES.get(specs.get(i).source())));
        }
        return out;
    }

    /** What a load ends in: every alert as its finding stands, and each measure's level and score. */
    record Outcome(Map<String, Finding> alerts, Map<String, Integer> levels, Map<String, Double> scores) {
    }

    private static Outcome judge(List<List<Observation>> batches) {
        try (RulesHarness rules = RulesHarness.withDefaults().today(TODAY)) {
            for (List<Observation> batch : batches) {
                rules.insert(batch);
                rules.fire();
            }
            Map<String, Finding> alerts = new TreeMap<>();
            rules.fire().stream().map(Finding::dedupKey).distinct()
                    .forEach(k -> rules.alerted(k.substring(0, k.indexOf('|'))).stream()
                            .filter(f -> f.dedupKey().equals(k)).forEach(f -> alerts.put(k, f)));
            Map<String, Integer> levels = new TreeMap<>();
            Map<String, Double> scores = new TreeMap<>();
            for (String measure : List.of(Theatre.ESCALATION, Theatre.SANCTIONS)) {
                TheatreMeasure m = rules.measure(measure);
                levels.put(measure, m == null ? 0 : m.level());
                scores.put(measure, m == null ? 0 : m.score());
            }
            return new Outcome(alerts, levels, scores);
        }
    }

    @Test
    void aCopyOfAReportOrAReportRelayingItsSourceNeverRaisesALevel() {
        qt().withExamples(60).forAll(LOADS, integers().between(0, 1_000), integers().between(0, 1))
                .checkAssert((specs, pick, relay) -> {
                    List<Observation> reports = reports(specs);
                    Outcome before = judge(List.of(reports));
                    Spec copied = specs.get(pick % specs.size());
                    Source original = SOURCES.get(copied.source());
                    Source again = relay == 0 ? original : new Source("Outlet relaying " + original.name(), null,
                            original.reliability(), original.credibility(), null, original.origin());
                    List<Observation> more = new ArrayList<>(reports);
                    more.add(copied.build("copy", again));
                    Outcome after = judge(List.of(more));

                    after.levels().forEach((measure, level) -> assertThat(level).as(measure)
                            .isLessThanOrEqualTo(before.levels().get(measure)));
                    after.scores().forEach((measure, score) -> assertThat(score).as(measure)
                            .isLessThanOrEqualTo(before.scores().get(measure)));
                });
    }

    private static final CompiledRules RULES = RuleBaseBuilder.build(java.nio.file.Path.of("rules"));

    /** A report known from {@code reportDay} of 2024, revised {@code revisedAfter} days later when that is not 0. */
    record Known(Spec spec, int reportDay, int revisedAfter) {
    }

    private static final Gen<Known> KNOWN = SPECS.zip(integers().between(0, 400), integers().between(0, 3)
            .map(r -> r == 0 ? 30 : 0), Known::new);

    private static Observation reported(Observation o, int day) {
        return o.withEnvelope(o.id(), o.theatre(), LocalDate.of(2024, 1, 1).plusDays(day)
                .atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plusSeconds(3600));
    }

    @Test
    void theMeasuresAsOfADayAreThoseOfWhatWasKnownThatDay() {
        qt().withExamples(40).forAll(lists().of(KNOWN).ofSizeBetween(1, 10), integers().between(0, 500))
                .checkAssert((known, asOfDay) -> {
                    // every version, in the order the reports came in: a revision changes the figure
                    List<org.sanctionswatch.observation.ObservationStore.Version> versions = new ArrayList<>();
                    for (int i = 0; i < known.size(); i++) {
                        Known k = known.get(i);
                        Source source = SOURCES.get(k.spec().source());
                        versions.add(new org.sanctionswatch.observation.ObservationStore.Version(1,
                                reported(k.spec().build("r" + i, source), k.reportDay())));
                        if (k.revisedAfter() > 0) {
                            Spec revised = new Spec(k.spec().kind(), k.spec().day(), k.spec().source(),
                                    (k.spec().figure() + 3) % 8);
                            versions.add(new org.sanctionswatch.observation.ObservationStore.Version(2,
                                    reported(revised.build("r" + i, source), k.reportDay() + k.revisedAfter())));
                        }
                    }
                    versions.sort(java.util.Comparator.comparing(v -> v.observation().reportedAt()));
                    LocalDate asOf = LocalDate.of(2024, 1, 1).plusDays(asOfDay);

                    Map<String, TheatreMeasure> history = MeasureHistory.replay(RULES, RulesHarness.defaults(),
                            Map.of(), List.of(asOf), sink -> versions.forEach(sink)).get(0).measures()
                            .getOrDefault(Facts.THEATRE, Map.of());
                    Map<String, Observation> knownThen = new TreeMap<>();
                    versions.stream().filter(v -> v.observation().reportedAt().isBefore(MeasureHistory.knownBy(asOf)))
                            .forEach(v -> knownThen.put(v.observation().id(), v.observation()));
                    Map<String, TheatreMeasure> judged = RuleEvaluator.judge(RULES, RulesHarness.defaults(),
                            sink -> knownThen.values().forEach(sink), Map.of(), asOf).measures()
                            .getOrDefault(Facts.THEATRE, Map.of());

                    for (String measure : List.of(Theatre.ESCALATION, Theatre.SANCTIONS)) {
                        assertThat(history.get(measure).level()).as(measure).isEqualTo(judged.get(measure).level());
                        assertThat(history.get(measure).score()).as(measure).isEqualTo(judged.get(measure).score());
                    }
                });
    }

    @Test
    void anyOrderOrSplitOfALoadGivesTheSameAlertsAndLevels() {
        qt().withExamples(60).forAll(LOADS, integers().between(1, 5), integers().all())
                .checkAssert((specs, parts, seed) -> {
                    List<Observation> reports = reports(specs);
                    Outcome whole = judge(List.of(reports));
                    List<Observation> shuffled = new ArrayList<>(reports);
                    Collections.shuffle(shuffled, new Random(seed));
                    List<List<Observation>> batches = new ArrayList<>();
                    int size = (shuffled.size() + parts - 1) / parts;
                    for (int from = 0; from < shuffled.size(); from += size) {
                        batches.add(shuffled.subList(from, Math.min(shuffled.size(), from + size)));
                    }

                    assertThat(judge(batches)).isEqualTo(whole);
                });
    }
}
