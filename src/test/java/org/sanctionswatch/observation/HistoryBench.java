package org.sanctionswatch.observation;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sanctionswatch.escalation.MeasureHistoryService;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.TradeFlow;
import org.sanctionswatch.parameters.ParameterFiles;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.rules.CompiledRules;
import org.sanctionswatch.rules.MeasureHistory;
import org.sanctionswatch.rules.RuleBaseBuilder;
import org.sanctionswatch.rules.RuleEvaluator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of a theatre's measures ({@code GET /api/escalation/{theatre}/history}), ten years monthly, against
 * its floor: one bare session judging the same observations once, as of the last day. The observations are the
 * seeds and the synthetic HS 2713 fixture, its series copied for {@code copies} more exporters to the DPRK; each
 * trade flow is reported two months after its period, as statistics are. Prints the median of five timed runs after
 * two warm ones. Run with {@code bench/history.sh [copies, default 0]}.
 */
public final class HistoryBench {

    private static final List<String> EXPORTERS = List.of("IND", "THA", "VNM", "BRA", "NLD", "SGP", "MYS", "IDN",
            "TUR", "ZAF", "MEX", "POL", "EGY", "ARG", "PER", "CHL", "KAZ", "UZB", "MNG", "PAK");

    private HistoryBench() {
    }

    public static void main(String[] args) throws IOException {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 0;
        Path rules = Path.of("rules");
        ParameterSet parameters = ParameterFiles.read(rules.resolve("parameters.json"));
        CompiledRules compiled = RuleBaseBuilder.build(rules);
        List<ObservationStore.Version> versions = versions(parameters, copies);
        LocalDate to = LocalDate.of(2026, 12, 1);
        List<LocalDate> days = MeasureHistoryService.days(to.minusYears(10), to, Period.ofMonths(1));
        List<Observation> all = versions.stream().map(ObservationStore.Version::observation).toList();

        List<Long> history = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        for (int run = 0; run < 7; run++) {
            long started = System.nanoTime();
            MeasureHistory.replay(compiled, parameters, Map.of(), days, versions::forEach);
            long replayed = System.nanoTime();
            RuleEvaluator.judge(compiled, parameters, all::forEach, Map.of(), to);
            long judged = System.nanoTime();
            if (run >= 2) {
                history.add((replayed - started) / 1_000_000);
                floor.add((judged - replayed) / 1_000_000);
            }
        }
        long h = median(history);
        long f = median(floor);
        System.out.printf(Locale.ROOT, "history of %d observations, %d monthly steps: %d ms; floor (one bare session, "
                + "judged once): %d ms; ratio %.1f%n", all.size(), days.size(), h, f, f == 0 ? 0.0 : (double) h / f);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The seeds and the fixture's flows, each trade flow reported two months after its period, by report time. */
    static List<ObservationStore.Version> versions(ParameterSet parameters, int copies) throws IOException {
        List<Observation> all = new ArrayList<>();
        ObservationReader reader = new ObservationReader(Set.of("DPRK-RUSSIA"));
        JsonNode seeds = JsonMapper.builder().build().readTree(Path.of("seeds/dprk-russia.json").toFile());
        for (JsonNode item : seeds) {
            Observation o = reader.read(item, (field, value, reason) -> {
                throw new IllegalStateException(field + ": " + reason);
            });
            all.add(o.withEnvelope(o.id(), o.theatre(), o.reportedAt()));
        }
        List<Prepared> flows = ImportBench.parse(
                List.of(Path.of("fixtures/trade/hs2713-chn-prk-monthly-synthetic.csv")), parameters);
        for (int copy = 0; copy <= copies; copy++) {
            // past the twentieth exporter, each copy is a subheading of HS 2713 of its own
            String reporter = copy == 0 ? "CHN" : EXPORTERS.get((copy - 1) % EXPORTERS.size());
            String commodity = copy > EXPORTERS.size() ? "2713" + copy : "2713";
            for (Prepared p : flows) {
                TradeFlow t = (TradeFlow) p.observation();
                if (copy > EXPORTERS.size() && t.commodity().equals(TradeFlow.TOTAL)) {
                    continue; // the exporter's total trade is there already
                }
                TradeFlow c = copy == 0 ? t : new TradeFlow(t.id() + "-" + copy, t.theatre(), t.source(), null,
                        reporter, t.partner(), t.flow(), t.commodity().equals("2713") ? commodity : t.commodity(),
                        t.period(), t.monthly(), t.periodIndex(), t.valueUsd(), t.netWeightKg(), t.notes());
                LocalDate reported = t.eventDate().plusMonths(2);
                all.add(c.withEnvelope(c.id(), c.theatre(), reported.atStartOfDay(ZoneOffset.UTC).toInstant()));
            }
        }
        all.sort(Comparator.comparing(Observation::reportedAt));
        return all.stream().map(o -> new ObservationStore.Version(1, o)).toList();
    }
}
