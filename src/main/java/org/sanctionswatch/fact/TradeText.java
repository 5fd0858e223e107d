package org.sanctionswatch.fact;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Subjects, titles and explanations of trade findings: the numbers that made a rule fire, in words. */
public final class TradeText {

    private TradeText() {
    }

    /** Reporter, partner, flow, commodity and period: what a trade finding is about. */
    public static String seriesKey(TradeFlow t) {
        return String.join("|", t.reporter(), t.partner(), t.flow(), t.commodity(), t.period());
    }

    public static String surgeTitle(TradeFlow t, double ratio) {
        return "Surge in " + movement(t) + " in " + t.period() + " (" + Text.ratio(ratio) + " baseline)";
    }

    public static String surgeExplanation(TradeFlow t, List<TradeFlow> baseline, double mean, double ratio,
            double floor, String rationale) {
        String periods = baseline.stream().sorted(Comparator.comparingInt(TradeFlow::periodIndex))
                .map(TradeFlow::period).collect(Collectors.joining(", "));
        return t.reporter() + " reported " + flowWord(t) + " of HS " + t.commodity() + " " + direction(t) + " "
                + t.partner() + " worth " + Text.usd(t.valueUsd()) + " in " + t.period() + ", "
                + Text.ratio(t.valueUsd() / mean) + " the mean of " + Text.usd(mean) + " over the "
                + baseline.size() + " previous " + (t.monthly() ? "months" : "years") + " present (" + periods
                + "). It fires at " + Text.ratio(ratio) + " the baseline and at least " + Text.usd(floor) + ". "
                + "Watched because: " + rationale;
    }

    public static String divergenceTitle(TradeFlow t) {
        return "Growth of " + movement(t) + " outruns total trade in " + t.period();
    }

    public static String divergenceExplanation(TradeFlow t, TradeFlow tPrev, TradeFlow total, TradeFlow totalPrev,
            double divergence) {
        double growth = t.valueUsd() / tPrev.valueUsd();
        double totalGrowth = total.valueUsd() / totalPrev.valueUsd();
        return "HS " + t.commodity() + " " + flowWord(t) + " reported by " + t.reporter() + " " + direction(t) + " "
                + t.partner() + " went from " + Text.usd(tPrev.valueUsd()) + " in " + tPrev.period() + " to "
                + Text.usd(t.valueUsd()) + " in " + t.period() + " (" + Text.ratio(growth) + "), while total trade "
                + "of the pair went from " + Text.usd(totalPrev.valueUsd()) + " to " + Text.usd(total.valueUsd())
                + " (" + Text.ratio(totalGrowth) + "): the commodity grew " + Text.ratio(growth / totalGrowth)
                + " as fast as total trade; it fires at " + Text.ratio(divergence) + ".";
    }

    /** Reporter, partner, flow, commodity and year: a monthly and an annual series of the same year share it. */
    public static String yearKey(TradeFlow t) {
        return String.join("|", t.reporter(), t.partner(), t.flow(), t.commodity(), Integer.toString(year(t)));
    }

    static int year(TradeFlow t) {
        return t.monthly() ? t.periodIndex() / 12 : t.periodIndex();
    }

    public static String belowReferenceTitle(TradeFlow t, double value, double reference) {
        return "Total " + pair(t) + " in " + year(t) + " at " + percent(value / reference)
                + " of the reference year";
    }

    /** {@code months} is 12 when each year is the sum of its twelve monthly figures, 1 for annual figures. */
    public static String belowReferenceExplanation(TradeFlow t, double value, double reference, double referenceYear,
            int months, double fraction) {
        String how = months == 12 ? " (sum of twelve months)" : "";
        return t.reporter() + " reported total " + flowWord(t) + " " + direction(t) + " " + t.partner() + " worth "
                + Text.usd(value) + " in " + year(t) + how + ", " + percent(value / reference) + " of the "
                + Text.usd(reference) + " of the reference year " + Math.round(referenceYear) + how
                + ". It is noted below " + percent(fraction) + " of the reference year.";
    }

    public static String blackoutKey(ReportedPeriod last) {
        return String.join("|", last.reporter(), last.theatre(), last.monthly() ? "monthly" : "annual",
                last.period());
    }

    public static String blackoutTitle(ReportedPeriod last, ReportedPeriod newest) {
        return last.reporter() + " stopped publishing " + (last.monthly() ? "monthly" : "annual")
                + " trade statistics on " + last.theatre() + " after " + last.period();
    }

    public static String blackoutExplanation(ReportedPeriod last, ReportedPeriod newest, double history,
            double silent) {
        String unit = last.monthly() ? "months" : "years";
        int gap = newest.periodIndex() - last.periodIndex();
        String first = Text.period(last.periodIndex() - (int) history + 1, last.monthly());
        return last.reporter() + " published trade statistics involving " + last.theatre() + " for every one of the "
                + Text.number(history) + " " + unit + " from " + first + " to " + last.period()
                + ", and nothing since; statistics have been published up to " + newest.period() + ", " + gap + " "
                + unit + " later. It fires after " + Text.number(silent) + " silent " + unit
                + ", measured against the newest period anyone reported, not today.";
    }

    /** Exporter, importer, commodity and period: what a mirror comparison is about. */
    public static String mirrorKey(TradeFlow export) {
        return String.join("|", export.reporter(), export.partner(), export.commodity(), export.period());
    }

    public static String mirrorTitle(TradeFlow export, TradeFlow imp) {
        return "Mirror statistics of HS " + export.commodity() + " from " + export.reporter() + " to "
                + export.partner() + " in " + export.period() + " far apart (" + gap(export, imp) + ")";
    }

    public static String mirrorExplanation(TradeFlow export, TradeFlow imp, double ratio, double floor) {
        return export.reporter() + " reported exports of HS " + export.commodity() + " to " + export.partner()
                + " worth " + Text.usd(export.valueUsd()) + " in " + export.period() + "; " + imp.reporter()
                + " reported imports of it from " + imp.partner() + " worth " + Text.usd(imp.valueUsd())
                + ": the larger is " + gap(export, imp) + " the smaller. It fires at " + Text.ratio(ratio)
                + " (imports valued CIF normally exceed exports valued FOB by 5-10 %) when one side reaches "
                + Text.usd(floor) + ".";
    }

    private static String gap(TradeFlow a, TradeFlow b) {
        double max = Math.max(a.valueUsd(), b.valueUsd());
        double min = Math.min(a.valueUsd(), b.valueUsd());
        return min == 0 ? "one side reports nothing" : Text.ratio(max / min);
    }

    private static String pair(TradeFlow t) {
        return t.reporter() + " " + flowWord(t) + " " + direction(t) + " " + t.partner();
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
