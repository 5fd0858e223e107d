package org.sanctionswatch.fact;

import static org.sanctionswatch.fact.Wording.values;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Subjects of trade findings (what a finding is about), and the values their titles and explanations name: the
 * numbers that made a rule fire, formatted. The words are templates in {@code rules/wording.properties}.
 */
public final class TradeText {

    /** The placeholders each rule's templates may name. */
    static final Map<String, Set<String>> NAMES = Wording.namesOf(List.of(
            Wording.names("TRADE-001", "movement", "reporter", "flowWord", "commodity", "direction", "partner",
                    "value", "period", "ofMean", "mean", "baselineCount", "baselineUnit", "baselinePeriods",
                    "ratio", "floor", "rationale"),
            Wording.names("TRADE-002", "movement", "commodity", "flowWord", "reporter", "direction", "partner",
                    "previousValue", "previousPeriod", "value", "period", "growth", "totalPrevious", "total",
                    "totalGrowth", "relativeGrowth", "divergence"),
            Wording.names("TRADE-003", "pair", "reporter", "flowWord", "direction", "partner", "value", "year",
                    "how", "share", "reference", "referenceYear", "fraction"),
            Wording.names("TRADE-004", "reporter", "granularity", "theatre", "last", "history", "unit", "first",
                    "newest", "gap", "silent"),
            Wording.names("TRADE-005", "commodity", "exporter", "importer", "period", "gap", "exportValue",
                    "importReporter", "importPartner", "importValue", "ratio", "floor")));

    private TradeText() {
    }

    /** Reporter, partner, flow, commodity and period: what a trade finding is about. */
    public static String seriesKey(TradeFlow t) {
        return String.join("|", t.reporter(), t.partner(), t.flow(), t.commodity(), t.period());
    }

    public static Map<String, Object> surge(TradeFlow t, List<TradeFlow> baseline, double mean, double ratio,
            double floor, String rationale) {
        String periods = baseline.stream().sorted(Comparator.comparingInt(TradeFlow::periodIndex))
                .map(TradeFlow::period).collect(Collectors.joining(", "));
        return values("movement", movement(t), "reporter", t.reporter(), "flowWord", flowWord(t),
                "commodity", t.commodity(), "direction", direction(t), "partner", t.partner(),
                "value", Text.usd(t.valueUsd()), "period", t.period(), "ofMean", Text.ratio(t.valueUsd() / mean),
                "mean", Text.usd(mean), "baselineCount", baseline.size(),
                "baselineUnit", t.monthly() ? "months" : "years", "baselinePeriods", periods,
                "ratio", Text.ratio(ratio), "floor", Text.usd(floor), "rationale", rationale);
    }

    public static Map<String, Object> divergence(TradeFlow t, TradeFlow tPrev, TradeFlow total, TradeFlow totalPrev,
            double divergence) {
        double growth = t.valueUsd() / tPrev.valueUsd();
        double totalGrowth = total.valueUsd() / totalPrev.valueUsd();
        return values("movement", movement(t), "commodity", t.commodity(), "flowWord", flowWord(t),
                "reporter", t.reporter(), "direction", direction(t), "partner", t.partner(),
                "previousValue", Text.usd(tPrev.valueUsd()), "previousPeriod", tPrev.period(),
                "value", Text.usd(t.valueUsd()), "period", t.period(), "growth", Text.ratio(growth),
                "totalPrevious", Text.usd(totalPrev.valueUsd()), "total", Text.usd(total.valueUsd()),
                "totalGrowth", Text.ratio(totalGrowth), "relativeGrowth", Text.ratio(growth / totalGrowth),
                "divergence", Text.ratio(divergence));
    }

    /** Reporter, partner, flow, commodity and year: a monthly and an annual series of the same year share it. */
    public static String yearKey(TradeFlow t) {
        return String.join("|", t.reporter(), t.partner(), t.flow(), t.commodity(), Integer.toString(year(t)));
    }

    static int year(TradeFlow t) {
        return t.monthly() ? t.periodIndex() / 12 : t.periodIndex();
    }

    /** {@code months} is 12 when each year is the sum of its twelve monthly figures, 1 for annual figures. */
    public static Map<String, Object> belowReference(TradeFlow t, double value, double reference,
            double referenceYear, int months, double fraction) {
        return values("pair", t.reporter() + " " + flowWord(t) + " " + direction(t) + " " + t.partner(),
                "reporter", t.reporter(), "flowWord", flowWord(t), "direction", direction(t), "partner", t.partner(),
                "value", Text.usd(value), "year", year(t), "how", months == 12 ? " (sum of twelve months)" : "",
                "share", percent(value / reference), "reference", Text.usd(reference),
                "referenceYear", Math.round(referenceYear), "fraction", percent(fraction));
    }

    public static String blackoutKey(ReportedPeriod last) {
        return String.join("|", last.reporter(), last.theatre(), last.monthly() ? "monthly" : "annual",
                last.period());
    }

    public static Map<String, Object> blackout(ReportedPeriod last, ReportedPeriod newest, double history,
            double silent) {
        return values("reporter", last.reporter(), "granularity", last.monthly() ? "monthly" : "annual",
                "theatre", last.theatre(), "last", last.period(), "history", Text.number(history),
                "unit", last.monthly() ? "months" : "years",
                "first", Text.period(last.periodIndex() - (int) history + 1, last.monthly()),
                "newest", newest.period(), "gap", newest.periodIndex() - last.periodIndex(),
                "silent", Text.number(silent));
    }

    /** Exporter, importer, commodity and period: what a mirror comparison is about. */
    public static String mirrorKey(TradeFlow export) {
        return String.join("|", export.reporter(), export.partner(), export.commodity(), export.period());
    }

    public static Map<String, Object> mirror(TradeFlow export, TradeFlow imp, double ratio, double floor) {
        return values("commodity", export.commodity(), "exporter", export.reporter(), "importer", export.partner(),
                "period", export.period(), "gap", gap(export, imp), "exportValue", Text.usd(export.valueUsd()),
                "importReporter", imp.reporter(), "importPartner", imp.partner(),
                "importValue", Text.usd(imp.valueUsd()), "ratio", Text.ratio(ratio), "floor", Text.usd(floor));
    }

    private static String gap(TradeFlow a, TradeFlow b) {
        double max = Math.max(a.valueUsd(), b.valueUsd());
        double min = Math.min(a.valueUsd(), b.valueUsd());
        return min == 0 ? "one side reports nothing" : Text.ratio(max / min);
    }

    static String percent(double fraction) {
        return String.format(java.util.Locale.ROOT, "%.1f %%", fraction * 100);
    }

    /** "PRK imports of HS 2713 from CHN (reported by CHN)": mirror statistics named from the importer's side. */
    static String movement(TradeFlow t) {
        return t.importer() + " imports of HS " + t.commodity() + " from " + t.exporter() + " (reported by "
                + t.reporter() + ")";
    }

    private static String flowWord(TradeFlow t) {
        return switch (t.flow()) {
            case "IMPORT" -> "imports";
            case "EXPORT" -> "exports";
            case "RE_EXPORT" -> "re-exports";
            default -> "re-imports";
        };
    }

    private static String direction(TradeFlow t) {
        return t.flow().endsWith("EXPORT") ? "to" : "from";
    }
}
