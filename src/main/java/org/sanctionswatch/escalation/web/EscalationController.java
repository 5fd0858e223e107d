package org.sanctionswatch.escalation.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sanctionswatch.escalation.MeasureHistoryService;
import org.sanctionswatch.fact.Theatre;
import org.sanctionswatch.fact.TheatreClause;
import org.sanctionswatch.fact.TheatreMeasure;
import org.sanctionswatch.rules.RuleEngine;
import org.sanctionswatch.system.InvalidInputException;
import org.sanctionswatch.system.ItemError;
import org.sanctionswatch.system.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/escalation")
class EscalationController {

    /** A chart's worth of steps at most: ten years of days, or far more than a century of months. */
    static final int MAX_STEPS = 5_000;

    private final RuleEngine engine;
    private final MeasureHistoryService history;
    private final Clock clock;

    EscalationController(RuleEngine engine, MeasureHistoryService history, Clock clock) {
        this.engine = engine;
        this.history = history;
        this.clock = clock;
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

    /** One step of a theatre's history: both measures as known at the end of that day. */
    record Point(LocalDate date, Summary escalation, Summary sanctions) {
    }

    /** A measure at one step: its level, score, whether it was stale, and how many facts it counted. */
    record Summary(int level, double score, boolean stale, LocalDate newestEvidence, int factCount) {

        static Summary of(TheatreMeasure m) {
            return m == null ? new Summary(0, 0, false, null, 0)
                    : new Summary(m.level(), m.score(), m.stale(), m.newestEvidence(), m.factCount());
        }
    }

    /** A theatre's measures over time, each step as it was known then. */
    record History(String theatre, LocalDate from, LocalDate to, String step, String rulesetVersion,
            List<Point> points) {
    }

    @GetMapping("/{theatre}/history")
    @Operation(summary = "A theatre's escalation and sanctions pressure over time, each step as it was known at the "
            + "end of its day (from the stored observations and their report times)",
            description = "from and to are dates (default: ten years up to today), step an ISO-8601 period such as "
                    + "P1M (the default), P7D or P1Y; at most " + MAX_STEPS + " steps. Findings people closed are "
                    + "left out, as in a backtest.")
    History history(@PathVariable String theatre, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String step) {
        theatre(theatre);
        List<ItemError> errors = new ArrayList<>();
        LocalDate end = date("to", to, LocalDate.now(clock), errors);
        if (end != null && (end.getYear() < 11 || end.getYear() > 9999)) {
            errors.add(new ItemError(null, null, null, "to", to, "a history ends between the years 11 and 9999"));
            end = null;
        }
        LocalDate start = date("from", from, end == null ? null : end.minusYears(10), errors);
        if (start != null && start.getYear() < 1) {
            errors.add(new ItemError(null, null, null, "from", from, "a history starts in the year 1 or later"));
            start = null;
        }
        Period every = null;
        try {
            every = Period.parse(step == null ? "P1M" : step);
            if (every.isNegative() || every.isZero()) {
                errors.add(new ItemError(null, null, null, "step", step, "must be a positive period"));
                every = null;
            }
        } catch (DateTimeParseException e) {
            errors.add(new ItemError(null, null, null, "step", step, "must be an ISO-8601 period such as P1M or P7D"));
        }
        if (start != null && end != null && start.isAfter(end)) {
            errors.add(new ItemError(null, null, null, "from", from, "must not be after to (" + end + ")"));
        }
        // MAX_STEPS + 1 days when the one MAX_STEPS steps on is still in the range
        try {
            if (errors.isEmpty() && !start.plus(every.multipliedBy(MAX_STEPS)).isAfter(end)) {
                errors.add(new ItemError(null, null, null, "step", step, "gives more than " + MAX_STEPS
                        + " steps from " + start + " to " + end + "; take a longer step or a shorter range"));
            }
        } catch (ArithmeticException | java.time.DateTimeException e) {
            // MAX_STEPS steps run past the calendar: far fewer fit in any range
            errors.add(new ItemError(null, null, null, "step", step, "is too long for a calendar"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The history was refused", errors);
        }
        List<LocalDate> days = MeasureHistoryService.days(start, end, every);
        List<Point> points = history.history(days).stream().map(s -> {
            Map<String, TheatreMeasure> m = MeasureHistoryService.of(s, theatre);
            return new Point(s.date(), Summary.of(m.get(Theatre.ESCALATION)), Summary.of(m.get(Theatre.SANCTIONS)));
        }).toList();
        return new History(theatre, start, end, every.toString(), engine.rulesetVersion(), points);
    }

    private static LocalDate date(String field, String value, LocalDate otherwise, List<ItemError> errors) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new ItemError(null, null, null, field, value, "must be a date YYYY-MM-DD"));
            return null;
        }
    }

    private Theatre theatre(String id) {
        return engine.installedParameters().theatres().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("theatre " + id + " does not exist"));
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
        Theatre t = theatre(theatre);
        return TheatreAssessment.of(t, engine.measures().get(theatre), engine.rulesetVersion());
    }
}
