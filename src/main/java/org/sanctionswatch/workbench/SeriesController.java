package org.sanctionswatch.workbench;

import io.swagger.v3.oas.annotations.Operation;
import org.sanctionswatch.alert.Alert;
import org.sanctionswatch.alert.AlertStore;
import org.sanctionswatch.rules.Ruleset;
import org.sanctionswatch.rules.RulesetService;
import org.sanctionswatch.system.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SeriesController {

    private final AlertStore alerts;
    private final RulesetService rulesets;

    SeriesController(AlertStore alerts, RulesetService rulesets) {
        this.alerts = alerts;
        this.rulesets = rulesets;
    }

    @GetMapping("/api/alerts/{id}/series")
    @Operation(summary = "The trade series behind a trade alert, for a chart: each series of its evidence by period; "
            + "for a surge also the period that fired, the baseline and the threshold of the ruleset that raised it")
    TradeSeries series(@PathVariable long id) {
        Alert alert = alerts.get(id).orElseThrow(() -> new NotFoundException("alert " + id + " does not exist"));
        Double ratio = rulesets.all().stream().filter(r -> r.label().equals(alert.rulesetVersion())).findFirst()
                .map(Ruleset::parameters).flatMap(p -> p.number("TRADE-001.ratio")).orElse(null);
        return TradeSeries.of(alert, ratio);
    }
}
