package org.sanctionswatch.backtest.web;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sanctionswatch.backtest.BacktestResult;
import org.sanctionswatch.backtest.Backtester;
import org.sanctionswatch.parameters.CurrentParameters;
import org.sanctionswatch.parameters.ParameterChanges;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.system.InvalidInputException;
import org.sanctionswatch.system.ItemError;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@RestController
@RequestMapping("/api/backtests")
class BacktestController {

    private static final Set<String> FIELDS = Set.of("comment", "parameters", "watchlist", "watchedPorts", "theatres", "drl",
            "from", "to", "asOf");

    private final Backtester backtester;
    private final CurrentParameters parameters;

    BacktestController(Backtester backtester, CurrentParameters parameters) {
        this.backtester = backtester;
        this.parameters = parameters;
    }

    @PostMapping
    @Operation(summary = "Evaluate a candidate (parameters; DRL for administrators) against the current ruleset on "
            + "the stored history: {parameters: {key: value}, watchlist?, watchedPorts?, theatres?, drl?: {path: text}, "
            + "from?, to?, asOf?}", description = "Without asOf the current side is what the live engine finds now; "
            + "with asOf both sides are judged on the observations as known on that date. A candidate without DRL "
            + "judges only the rule groups its change touches (those that read a changed parameter or list, and the "
            + "escalation level, which weighs every finding); the other groups' findings are the current side's. "
            + "judgedGroups names the groups the candidate judged. A candidate with DRL is judged whole.")
    BacktestResult run(@RequestBody JsonNode body, jakarta.servlet.http.HttpServletRequest request) {
        if (body.has("drl") && !request.isUserInRole("ADMIN")) {
            throw new org.sanctionswatch.system.ForbiddenException(
                    "candidate DRL runs arbitrary Java: only administrators may backtest it");
        }
        List<ItemError> errors = new ArrayList<>();
        body.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                errors.add(new ItemError(null, null, null, name, null, "unknown field; expected " + FIELDS));
            }
        });
        LocalDate from = date(body, "from", errors);
        LocalDate to = date(body, "to", errors);
        LocalDate asOf = date(body, "asOf", errors);
        Map<String, String> drl = null;
        if (body.has("drl")) {
            if (!body.get("drl").isObject() || body.get("drl").isEmpty()) {
                errors.add(new ItemError(null, null, null, "drl", null, "must be an object of path: DRL text"));
            } else {
                drl = new TreeMap<>();
                for (var e : body.get("drl").properties()) {
                    drl.put(e.getKey(), e.getValue().asString());
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The backtest was refused", errors);
        }
        ObjectNode change = ((ObjectNode) body).deepCopy();
        change.retain("parameters", "watchlist", "watchedPorts", "theatres");
        ParameterSet candidate = ParameterChanges.apply(parameters.get(), change, false);
        return backtester.run(new Backtester.Candidate(candidate, drl), from, to, asOf);
    }

    private static LocalDate date(JsonNode body, String field, List<ItemError> errors) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        try {
            return LocalDate.parse(v.asString());
        } catch (DateTimeParseException e) {
            errors.add(new ItemError(null, null, null, field, v.asString(), "must be a date YYYY-MM-DD"));
            return null;
        }
    }
}
