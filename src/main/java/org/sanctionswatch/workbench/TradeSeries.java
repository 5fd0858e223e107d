package org.sanctionswatch.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanctionswatch.alert.Alert;
import org.sanctionswatch.fact.ObservationType;
import tools.jackson.databind.JsonNode;

/**
 * The trade series behind a trade alert, for its chart: each series of its evidence (reporter, partner, flow,
 * commodity) by period; for a surge (TRADE-001) also the period that fired, the trailing baseline (the mean of the
 * series' other evidence, as the rule took it) and the threshold, the ratio of the ruleset that raised the alert times
 * the baseline.
 */
public record TradeSeries(long alertId, String ruleId, List<Line> lines, String firedPeriod, Double firedValue,
        Double baseline, Double ratio, Double threshold) {

    /** One series of the evidence; {@code subject} marks the series the alert is about. */
    public record Line(String name, boolean subject, List<Point> points) {
    }

    public record Point(String period, double valueUsd) {
    }

    static TradeSeries of(Alert alert, Double surgeRatio) {
        Map<String, List<Point>> byKey = new LinkedHashMap<>();
        for (Alert.Evidence e : alert.evidence()) {
            if (!ObservationType.TRADE_FLOW.name().equals(e.type()) || !(e.observation() instanceof JsonNode o)) {
                continue;
            }
            String key = String.join("|", o.path("reporter").asString(""), o.path("partner").asString(""),
                    o.path("flow").asString(""), o.path("commodity").asString(""));
            byKey.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new Point(o.path("period").asString(""), o.path("valueUsd").asDouble()));
        }
        String[] subject = alert.subject() == null ? new String[0] : alert.subject().split("\\|");
        String subjectKey = subject.length >= 4 ? String.join("|", subject[0], subject[1], subject[2], subject[3])
                : null;
        List<Line> lines = new ArrayList<>();
        byKey.forEach((key, points) -> {
            points.sort(Comparator.comparing(Point::period));
            lines.add(new Line(name(key), key.equals(subjectKey), List.copyOf(points)));
        });
        String fired = null;
        Double firedValue = null;
        Double baseline = null;
        Double threshold = null;
        if ("TRADE-001".equals(alert.ruleId()) && subject.length == 5 && byKey.containsKey(subjectKey)) {
            fired = subject[4];
            String period = fired;
            List<Point> series = byKey.get(subjectKey);
            firedValue = series.stream().filter(p -> p.period().equals(period)).map(Point::valueUsd).findFirst()
                    .orElse(null);
            baseline = series.stream().filter(p -> !p.period().equals(period)).mapToDouble(Point::valueUsd)
                    .average().stream().boxed().findFirst().orElse(null);
            threshold = baseline == null || surgeRatio == null ? null : baseline * surgeRatio;
        }
        return new TradeSeries(alert.id(), alert.ruleId(), lines, fired, firedValue, baseline,
                fired == null ? null : surgeRatio, threshold);
    }

    private static String name(String key) {
        String[] p = key.split("\\|");
        return p[0] + " " + p[2].toLowerCase(java.util.Locale.ROOT) + " " + (p[2].endsWith("IMPORT") ? "from" : "to")
                + " " + p[1] + ", HS " + p[3];
    }
}
