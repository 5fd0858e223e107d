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
