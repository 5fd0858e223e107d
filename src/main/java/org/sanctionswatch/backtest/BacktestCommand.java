package org.sanctionswatch.backtest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.sanctionswatch.fact.Finding;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.observation.ObservationFiles;
import org.sanctionswatch.parameters.ParameterFiles;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.rules.CompiledRules;
import org.sanctionswatch.rules.RuleBaseBuilder;
import org.sanctionswatch.rules.RuleCompilationException;
import org.sanctionswatch.rules.RuleEvaluator;
import org.sanctionswatch.system.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code backtest --rules DIR --data FILE... [--params FILE] [--baseline-rules DIR] [--baseline-params FILE]
 * [--as-of DATE] [--from DATE] [--to DATE] [--json]}: evaluates a rules folder on data files without a server, and
 * with a baseline prints what the candidate adds and removes. Exit code 0, or 2 on bad arguments, data or rules.
 */
public final class BacktestCommand {

    private BacktestCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Path rules = Path.of("rules");
        Path params = null;
        Path baselineRules = null;
        Path baselineParams = null;
        List<Path> data = new ArrayList<>();
        LocalDate asOf = null;
        LocalDate from = null;
        LocalDate to = null;
        boolean json = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--rules" -> rules = Path.of(args[++i]);
                    case "--params" -> params = Path.of(args[++i]);
                    case "--baseline-rules" -> baselineRules = Path.of(args[++i]);
                    case "--baseline-params" -> baselineParams = Path.of(args[++i]);
                    case "--as-of" -> asOf = LocalDate.parse(args[++i]);
                    case "--from" -> from = LocalDate.parse(args[++i]);
                    case "--to" -> to = LocalDate.parse(args[++i]);
                    case "--json" -> json = true;
                    case "--data" -> {
                        while (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                            data.add(Path.of(args[++i]));
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown argument " + args[i]);
                }
            }
            if (data.isEmpty()) {
                throw new IllegalArgumentException("--data FILE... is required");
            }
        } catch (RuntimeException e) {
            err.println("backtest: " + e.getMessage());
            err.println("usage: backtest --rules DIR --data FILE... [--params FILE] [--baseline-rules DIR] "
                    + "[--baseline-params FILE] [--as-of DATE] [--from DATE] [--to DATE] [--json]");
            return 2;
        }
        try {
            long started = System.nanoTime();
            ParameterSet candidateParams = ParameterFiles.read(params != null ? params : rules.resolve("parameters.json"));
            List<Observation> observations = new ArrayList<>();
            for (Path file : data) {
                observations.addAll(ObservationFiles.read(file, candidateParams));
            }
            Instant knownBy = asOf == null ? null : asOf.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            List<Observation> known = knownBy == null ? observations : observations.stream()
                    .filter(o -> o.reportedAt().equals(Instant.EPOCH) || o.reportedAt().isBefore(knownBy)).toList();
            Consumer<Consumer<Observation>> source = known::forEach;
            LocalDate today = asOf != null ? asOf : LocalDate.now(ZoneOffset.UTC);
            CompiledRules candidate = RuleBaseBuilder.build(rules);
            Map<String, Finding> after = RuleEvaluator.evaluate(candidate, candidateParams, source, Map.of(), today);
            Map<String, Finding> before = Map.of();
            String baselineLabel = "none";
            if (baselineRules != null || baselineParams != null) {
                Path dir = baselineRules != null ? baselineRules : rules;
                ParameterSet p = ParameterFiles.read(baselineParams != null ? baselineParams
                        : dir.resolve("parameters.json"));
                before = RuleEvaluator.evaluate(RuleBaseBuilder.build(dir), p, source, Map.of(), today);
                baselineLabel = dir + " + " + (baselineParams != null ? baselineParams : dir.resolve("parameters.json"));
            }
            BacktestResult result = BacktestResult.compare(baselineLabel, rules.toString(), before, after,
                    candidate.groups(), from, to, knownBy, known.size(),
                    (System.nanoTime() - started) / 1_000_000);
            if (json) {
                out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(result));
            } else {
                print(result, out);
            }
            return 0;
        } catch (RuleCompilationException e) {
            err.println(e.getMessage());
            return 2;
        } catch (InvalidInputException e) {
            err.println(e.getMessage() + ":");
            e.errors().forEach(x -> err.println("  " + (x.line() != null ? "line " + x.line() : "item " + x.index())
                    + (x.field() != null ? " " + x.field() : "") + ": " + x.reason()
                    + (x.value() != null ? " (" + x.value() + ")" : "")));
            return 2;
        } catch (Exception e) {
            err.println("backtest: " + e.getMessage());
            return 2;
        }
    }

    private static void print(BacktestResult r, PrintStream out) {
        out.printf(Locale.ROOT, "%d observations; baseline %s; candidate %s; %d ms%n", r.observations(), r.current(),
                r.candidate(), r.millis());
        BacktestResult.Counts c = r.counts();
        out.printf(Locale.ROOT, "findings: baseline %d, candidate %d; added %d, removed %d, severity changed %d, "
                + "unchanged %d%n", c.current(), c.candidate(), c.onlyCandidate(), c.onlyCurrent(),
                c.severityChanged(), c.unchanged());
        table(out, "+", r.onlyCandidate());
        table(out, "-", r.onlyCurrent());
        r.severityChanged().forEach(s -> out.printf(Locale.ROOT, "~ %-10s %-6s -> %-6s %s%n", s.ruleId(), s.from(),
                s.to(), s.title()));
    }

    private static void table(PrintStream out, String sign, List<BacktestResult.Item> items) {
        for (BacktestResult.Item i : items) {
            out.printf(Locale.ROOT, "%s %-10s %-6s %-10s %s%n", sign, i.ruleId(), i.severity(), i.eventDate(),
                    i.title());
        }
    }

}
