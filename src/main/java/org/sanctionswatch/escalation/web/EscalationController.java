package org.sanctionswatch.escalation.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sanctionswatch.fact.Theatre;
import org.sanctionswatch.fact.TheatreClause;
import org.sanctionswatch.fact.TheatreMeasure;
import org.sanctionswatch.rules.RuleEngine;
import org.sanctionswatch.system.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/escalation")
class EscalationController {

    private final RuleEngine engine;

    EscalationController(RuleEngine engine) {
        this.engine = engine;
    }

    /**
     * A theatre's two measures as of today, each with its level, score, bands and the facts that make it, and the
     * theatre's definition: its parties and the clauses that take in a third country's trade or port calls.
     */
    record TheatreAssessment(String theatre, String name, List<String> parties, List<TheatreClause> clauses,
            String rulesetVersion, Measure escalation, Measure sanctions) {

        static TheatreAssessment of(Theatre t, Map<String, TheatreMeasure> measures, String version) {
            Map<String, TheatreMeasure> m = measures == null ? Map.of() : measures;
            return new TheatreAssessment(t.id(), t.name(), t.countries(), t.clauses(), version,
                    Measure.of(m.get(Theatre.ESCALATION)), Measure.of(m.get(Theatre.SANCTIONS)));
        }
    }

    /**
     * One measure: its level (and {@code peakLevel}, the level on the day of its newest evidence, before the
     * calendar decayed it), score, bands, whether it is stale, the score of each indicator and the facts counted,
     * heaviest first (up to 50), each with what it adds after decay and saturation.
     */
    record Measure(int level, String levelName, double score, List<Double> bands, LocalDate asOf,
            LocalDate newestEvidence, boolean stale, double staleAfterDays, int peakLevel, double peakScore,
            double halfLifeDays, double saturation, double confidence, List<TheatreMeasure.Indicator> indicators,
            int factCount, List<TheatreMeasure.Counted> facts) {

        static Measure of(TheatreMeasure m) {
            if (m == null) {
                return new Measure(0, TheatreMeasure.levelName(0), 0, List.of(), null, null, false, 0, 0, 0, 0, 0,
                        0, List.of(), 0, List.of());
            }
            return new Measure(m.level(), TheatreMeasure.levelName(m.level()), m.score(), m.bands(), m.asOf(),
                    m.newestEvidence(), m.stale(), m.staleAfterDays(), m.peakLevel(), m.peakScore(),
                    m.halfLifeDays(), m.saturation(), m.confidence(), m.indicators(), m.factCount(), m.facts());
        }
    }

    @GetMapping
    @Operation(summary = "Both measures (escalation, sanctions pressure) of every theatre, with the facts behind them")
    List<TheatreAssessment> all() {
        return engine.installedParameters().theatres().stream()
                .map(t -> TheatreAssessment.of(t, engine.measures().get(t.id()), engine.rulesetVersion())).toList();
    }

    @GetMapping("/{theatre}")
    @Operation(summary = "One theatre's escalation and sanctions pressure: level, score, bands, staleness and the "
            + "facts that make each")
    TheatreAssessment one(@PathVariable String theatre) {
        Theatre t = engine.installedParameters().theatres().stream().filter(x -> x.id().equals(theatre)).findFirst()
                .orElseThrow(() -> new NotFoundException("theatre " + theatre + " does not exist"));
        return TheatreAssessment.of(t, engine.measures().get(theatre), engine.rulesetVersion());
    }
}
