package org.sanctionswatch.workbench;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sanctionswatch.alert.Alert;
import org.sanctionswatch.alert.AlertPage;
import org.sanctionswatch.alert.AlertQuery;
import org.sanctionswatch.alert.AlertStore;
import org.sanctionswatch.backtest.BacktestResult;
import org.sanctionswatch.backtest.Backtester;
import org.sanctionswatch.fact.Theatre;
import org.sanctionswatch.fact.TheatreMeasure;
import org.sanctionswatch.parameters.CurrentParameters;
import org.sanctionswatch.parameters.ParameterChanges;
import org.sanctionswatch.parameters.ParameterFiles;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.parameters.ParameterSpec;
import org.sanctionswatch.rules.RuleBaseBuilder;
import org.sanctionswatch.rules.RuleEngine;
import org.sanctionswatch.rules.RulesetService;
import org.sanctionswatch.security.People;
import org.sanctionswatch.system.InvalidInputException;
import org.sanctionswatch.system.ItemError;
import org.sanctionswatch.system.NotFoundException;
import org.sanctionswatch.watchlist.WatchlistService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The workbench's pages and the parts htmx swaps into them (not part of the API's description). */
@Controller
@Hidden
class WorkbenchController {

    static final int PAGE_SIZE = 25;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RuleEngine engine;
    private final AlertStore alerts;
    private final CurrentParameters parameters;
    private final RulesetService rulesets;
    private final Backtester backtester;
    private final WatchlistService watchlists;
    private final People people;
    private final Clock clock;

    WorkbenchController(RuleEngine engine, AlertStore alerts, CurrentParameters parameters, RulesetService rulesets,
            Backtester backtester, WatchlistService watchlists, People people, Clock clock) {
        this.clock = clock;
        this.engine = engine;
        this.alerts = alerts;
        this.parameters = parameters;
        this.rulesets = rulesets;
        this.backtester = backtester;
        this.watchlists = watchlists;
        this.people = people;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/theatres";
    }

    /** A theatre's measure as a page shows it: the measure, and the alert of each fact it counts. */
    record MeasureView(String measure, String label, TheatreMeasure value, String levelName,
            Map<String, Long> alertIds) {

        /** How many days old its newest evidence is on the day it is judged. */
        public Long evidenceAgeDays() {
            return value == null || value.newestEvidence() == null || value.asOf() == null ? null
                    : java.time.temporal.ChronoUnit.DAYS.between(value.newestEvidence(), value.asOf());
        }

        public String peakName() {
            return value == null ? levelName : TheatreMeasure.levelName(value.peakLevel());
        }
    }

    record TheatreView(Theatre theatre, MeasureView escalation, MeasureView sanctions) {
    }

    @GetMapping("/theatres")
    String theatres(Model model) {
        model.addAttribute("theatres", engine.installedParameters().theatres().stream().map(this::view).toList());
        return "theatres";
    }

    @GetMapping("/theatres/{id}")
    String theatre(@PathVariable String id, Model model) {
        Theatre t = engine.installedParameters().theatres().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("theatre " + id + " does not exist"));
        model.addAttribute("view", view(t));
        model.addAttribute("theatres", engine.installedParameters().theatres());
        model.addAttribute("from", LocalDate.now(clock).minusYears(5).withDayOfMonth(1));
        return "theatre";
    }

    private TheatreView view(Theatre t) {
        Map<String, TheatreMeasure> m = engine.measures().getOrDefault(t.id(), Map.of());
        return new TheatreView(t, measure(Theatre.ESCALATION, "Escalation", m.get(Theatre.ESCALATION)),
                measure(Theatre.SANCTIONS, "Sanctions pressure", m.get(Theatre.SANCTIONS)));
    }

    private MeasureView measure(String measure, String label, TheatreMeasure m) {
        if (m == null) {
            return new MeasureView(measure, label, null, TheatreMeasure.levelName(0), Map.of());
        }
        Map<String, Long> ids = alerts.idsByDedupKey(m.facts().stream().map(TheatreMeasure.Counted::findingKey)
                .toList());
        return new MeasureView(measure, label, m, TheatreMeasure.levelName(m.level()), ids);
    }

    /** The inbox's filters, as the query string carries them. */
    record Filters(String status, String severity, String category, String ruleId, String theatre, Integer page) {

        AlertQuery query() {
            return new AlertQuery(status, severity, category, ruleId, theatre, null, null, null,
                    page == null ? 0 : Math.max(0, page), PAGE_SIZE);
        }
    }

    @GetMapping("/alerts")
    String inbox(Filters filters, Model model) {
        rows(filters, model);
        model.addAttribute("filters", filters);
        model.addAttribute("ruleIds", engine.rules().ruleNames().stream().map(RuleBaseBuilder::ruleId).distinct()
                .sorted().toList());
        model.addAttribute("theatres", engine.installedParameters().theatres());
        return "inbox";
    }

    @GetMapping("/alerts/rows")
    String rows(Filters filters, Model model, jakarta.servlet.http.HttpServletRequest request,
            HttpServletResponse response) {
        if (request.getHeader("HX-Request") != null) {
            // the address bar keeps the inbox's own address with the filters, so that a reload or a link keeps them
            String query = request.getQueryString();
            response.setHeader("HX-Replace-Url", "/alerts" + (query == null || query.isBlank() ? "" : "?" + query));
        }
        return rows(filters, model);
    }

    private String rows(Filters filters, Model model) {
        AlertPage page = alerts.find(filters.query());
        model.addAttribute("page", page);
        model.addAttribute("counts", alerts.countsByStatus());
        model.addAttribute("pages", Math.max(1, (page.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("filters", filters);
        return "inbox :: rows";
    }

    @GetMapping("/alerts/{id}")
    String alert(@PathVariable long id, Model model) {
        Alert alert = alerts.get(id).orElseThrow(() -> new NotFoundException("alert " + id + " does not exist"));
        model.addAttribute("alert", alert);
        model.addAttribute("trade", alert.ruleId().startsWith("TRADE-"));
        model.addAttribute("today", LocalDate.now(clock));
        return "alert";
    }

    /** The parameters of one rule (the part of the key before its first dot), under the rule's name. */
    record RuleParameters(String ruleId, String name, List<ParameterSpec> parameters) {
    }

    @GetMapping("/tuning")
    String tuning(Model model) {
        ParameterSet set = parameters.get();
        Map<String, String> names = new TreeMap<>();
        engine.rules().ruleNames().forEach(n -> names.putIfAbsent(RuleBaseBuilder.ruleId(n), n));
        Map<String, List<ParameterSpec>> byRule = new TreeMap<>();
        for (ParameterSpec p : set.parameters()) {
            byRule.computeIfAbsent(p.key().substring(0, Math.max(0, p.key().indexOf('.'))), k -> new ArrayList<>())
                    .add(p);
        }
        List<RuleParameters> groups = new ArrayList<>();
        byRule.forEach((rule, specs) -> groups.add(new RuleParameters(rule, names.getOrDefault(rule, rule), specs)));
        JsonNode file = JSON.readTree(ParameterFiles.toFileText(set));
        model.addAttribute("groups", groups);
        model.addAttribute("rulesetVersion", engine.rulesetVersion());
        model.addAttribute("listJson", Map.of("watchlist", file.path("watchlist").toPrettyString(),
                "watchedPorts", file.path("watchedPorts").toPrettyString(),
                "theatres", file.path("theatres").toPrettyString()));
        return "tuning";
    }

    /**
     * What a change would do, before it is published: a backtest of the candidate against the current ruleset, as
     * {@code POST /api/backtests} runs it. Only the values that differ from the current ones make the change.
     */
    @PostMapping("/tuning/preview")
    String preview(@RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response) {
        ParameterSet current = parameters.get();
        try {
            ObjectNode change = change(current, form);
            List<ItemError> errors = new ArrayList<>();
            LocalDate from = date(form.getFirst("from"), "from", errors);
            LocalDate to = date(form.getFirst("to"), "to", errors);
            if (!errors.isEmpty()) {
                throw new InvalidInputException("The preview was refused", errors);
            }
            ParameterSet candidate = ParameterChanges.apply(current, change, false);
            BacktestResult result = backtester.run(new Backtester.Candidate(candidate, null), from, to, null);
            model.addAttribute("result", result);
            model.addAttribute("change", change);
            model.addAttribute("changes", described(current, change));
            model.addAttribute("changedMeasures", result.measures().stream()
                    .filter(m -> m.levelBefore() != m.levelAfter() || Math.abs(m.scoreBefore() - m.scoreAfter()) > 1e-9)
                    .toList());
            return "tuning :: preview";
        } catch (InvalidInputException e) {
            response.setStatus(422);
            model.addAttribute("problem", e.getMessage());
            model.addAttribute("errors", e.errors());
            return "tuning :: problems";
        }
    }

    /** The change a tuning form asks for, as the API's change body: the values that differ from the current ones. */
    static ObjectNode change(ParameterSet current, MultiValueMap<String, String> form) {
        ObjectNode change = JSON.createObjectNode();
        ObjectNode values = change.putObject("parameters");
        List<ItemError> errors = new ArrayList<>();
        for (ParameterSpec spec : current.parameters()) {
            String v = form.getFirst("parameters." + spec.key());
            if (v == null) {
                continue;
            }
            v = v.strip();
            if (spec.type().equals("text") || spec.type().equals("grade")) {
                if (!v.equals(Objects.toString(spec.text(), ""))) {
                    values.put(spec.key(), v);
                }
                continue;
            }
            try {
                double d = Double.parseDouble(v);
                if (spec.number() == null || Double.compare(d, spec.number()) != 0) {
                    values.put(spec.key(), d);
                }
            } catch (NumberFormatException e) {
                errors.add(new ItemError(null, null, null, spec.key(), v, "must be a number"));
            }
        }
        JsonNode file = JSON.readTree(ParameterFiles.toFileText(current));
        for (String list : List.of("watchlist", "watchedPorts", "theatres")) {
            String text = form.getFirst(list);
            if (text == null || text.isBlank()) {
                continue;
            }
            try {
                JsonNode given = JSON.readTree(text);
                if (!given.equals(file.path(list))) {
                    change.set(list, given);
                }
            } catch (tools.jackson.core.JacksonException e) {
                errors.add(new ItemError(null, null, null, list, null, "is not JSON: " + e.getOriginalMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The preview was refused", errors);
        }
        return change;
    }

    /** The change in words: each parameter from its value to the new one, and each list that changes. */
    private static List<String> described(ParameterSet current, ObjectNode change) {
        List<String> out = new ArrayList<>();
        Map<String, ParameterSpec> specs = current.byKey();
        for (String key : change.path("parameters").propertyNames()) {
            ParameterSpec spec = specs.get(key);
            Object before = spec.number() != null ? spec.number() : spec.text();
            out.add(key + ": " + before + " → " + change.path("parameters").get(key).asString());
        }
        for (String list : List.of("watchlist", "watchedPorts", "theatres")) {
            if (change.has(list)) {
                out.add(list + ": changed");
            }
        }
        return out;
    }

    private static LocalDate date(String value, String field, List<ItemError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new ItemError(null, null, null, field, value, "must be a date YYYY-MM-DD"));
            return null;
        }
    }

    @GetMapping("/rulesets")
    String rulesets(Model model) {
        model.addAttribute("rulesets", rulesets.all());
        return "rulesets";
    }

    @GetMapping("/lists")
    String lists(Model model) {
        model.addAttribute("versions", watchlists.versionsView());
        return "lists";
    }

    @GetMapping("/lists/entries")
    String entries(@RequestParam(required = false) String list, @RequestParam(required = false) String name,
            @RequestParam(required = false) String imo, @RequestParam(required = false) String type, Model model) {
        boolean asked = !(blank(name) && blank(imo) && blank(type) && blank(list));
        model.addAttribute("asked", asked);
        model.addAttribute("entries", asked ? watchlists.searchView(blankToNull(list), blankToNull(imo),
                blankToNull(name), null, blankToNull(type), 100) : List.of());
        return "lists :: entries";
    }

    @GetMapping("/people")
    String people(Model model) {
        model.addAttribute("people", people.list());
        return "people";
    }

    @GetMapping("/account")
    String account() {
        return "account";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
