package org.sanctionswatch.parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanctionswatch.fact.Theatre;
import org.sanctionswatch.fact.WatchedCommodity;
import org.sanctionswatch.fact.WatchedPort;
import org.sanctionswatch.system.InvalidInputException;
import org.sanctionswatch.system.ItemError;
import tools.jackson.databind.JsonNode;

/**
 * Applies a change to the parameters: some keys (PATCH) or the whole set (PUT), optionally a new commodity watchlist
 * and watched ports. Every value is checked against its declared type and range; any bad key refuses the change whole.
 */
public final class ParameterChanges {

    private static final Set<String> FIELDS = Set.of("comment", "parameters", "watchlist", "watchedPorts",
            "theatres");

    private ParameterChanges() {
    }

    public static ParameterSet apply(ParameterSet base, JsonNode body, boolean whole) {
        List<ItemError> errors = new ArrayList<>();
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("The change was refused",
                    List.of(new ItemError(null, null, null, "", null, "expected a JSON object")));
        }
        for (String name : body.propertyNames()) {
            if (!FIELDS.contains(name)) {
                errors.add(error(name, null, "unknown field; expected " + FIELDS));
            }
        }
        Map<String, ParameterSpec> specs = base.byKey();
        JsonNode values = body.path("parameters");
        if (!values.isMissingNode() && !values.isObject()) {
            errors.add(error("parameters", values.toString(), "must be an object of key: value"));
        }
        List<ParameterSpec> changed = new ArrayList<>();
        for (ParameterSpec spec : base.parameters()) {
            JsonNode v = values.get(spec.key());
            if (v == null) {
                if (whole) {
                    errors.add(error(spec.key(), null, "missing: a PUT gives every parameter"));
                }
                changed.add(spec);
                continue;
            }
            changed.add(check(spec, v, errors));
        }
        if (values.isObject()) {
            for (String key : values.propertyNames()) {
                if (!specs.containsKey(key)) {
                    errors.add(error(key, values.get(key).toString(), "unknown parameter"));
                }
            }
        }
        List<WatchedCommodity> watchlist = base.watchlist();
        if (body.has("watchlist")) {
            watchlist = watchlist(body.get("watchlist"), errors);
        } else if (whole) {
            errors.add(error("watchlist", null, "missing: a PUT gives the whole watchlist"));
        }
        List<WatchedPort> ports = base.watchedPorts();
        if (body.has("watchedPorts")) {
            ports = ports(body.get("watchedPorts"), errors);
        } else if (whole) {
            errors.add(error("watchedPorts", null, "missing: a PUT gives every watched port"));
        }
        List<Theatre> theatres = base.theatres();
        if (body.has("theatres")) {
            if (!body.get("theatres").isArray()) {
                errors.add(error("theatres", body.get("theatres").toString(), "must be an array"));
            } else {
                List<String> problems = new ArrayList<>();
                theatres = ParameterFiles.theatres(body.get("theatres"), problems);
                problems.forEach(p -> errors.add(error("theatres", null, p)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The parameter change was refused", errors);
        }
        return new ParameterSet(changed, watchlist, ports, theatres);
    }

    private static ParameterSpec check(ParameterSpec spec, JsonNode v, List<ItemError> errors) {
        if (spec.type().equals("text") || spec.type().equals("grade")) {
            if (!v.isString()) {
                errors.add(error(spec.key(), v.toString(), "must be text"));
                return spec;
            }
            String text = v.asString();
            if (spec.type().equals("grade") && !text.isEmpty() && !text.matches("[A-F][1-6]")) {
                errors.add(error(spec.key(), text, "must be a grade such as B2 (A-F, 1-6), or empty"));
                return spec;
            }
            return new ParameterSpec(spec.key(), spec.type(), spec.unit(), spec.min(), spec.max(),
                    spec.description(), spec.number(), text);
        }
        if (!v.isNumber()) {
            errors.add(error(spec.key(), v.toString(), "must be a number (" + spec.type() + ")"));
            return spec;
        }
        double d = v.asDouble();
        String reason = Ranges.check(spec.type(), d, spec.min(), spec.max());
        if (reason != null) {
            errors.add(error(spec.key(), v.toString(), reason));
            return spec;
        }
        return new ParameterSpec(spec.key(), spec.type(), spec.unit(), spec.min(), spec.max(), spec.description(), d,
                spec.text());
    }

    private static List<WatchedCommodity> watchlist(JsonNode node, List<ItemError> errors) {
        List<WatchedCommodity> out = new ArrayList<>();
        if (!node.isArray()) {
            errors.add(error("watchlist", node.toString(), "must be an array"));
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode w = node.get(i);
            String prefix = w.path("hsPrefix").asString("");
            String rationale = w.path("rationale").asString("");
            if (!prefix.matches("\\d{2,6}")) {
                errors.add(error("watchlist[" + i + "].hsPrefix", prefix, "must be 2 to 6 digits"));
            }
            if (rationale.isBlank()) {
                errors.add(error("watchlist[" + i + "].rationale", null, "is required: why the code is watched"));
            }
            List<String> countries = new ArrayList<>();
            w.path("countries").forEach(c -> countries.add(c.asString()));
            for (String c : countries) {
                if (!c.matches("[A-Z]{3}")) {
                    errors.add(error("watchlist[" + i + "].countries", c, "must be ISO alpha-3"));
                }
            }
            out.add(new WatchedCommodity(prefix, rationale, List.copyOf(countries),
                    node.get(i).path("provision").asString(null)));
        }
        return out;
    }

    private static List<WatchedPort> ports(JsonNode node, List<ItemError> errors) {
        List<WatchedPort> out = new ArrayList<>();
        if (!node.isArray()) {
            errors.add(error("watchedPorts", node.toString(), "must be an array"));
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            String name = node.get(i).path("name").asString("");
            if (name.isBlank()) {
                errors.add(error("watchedPorts[" + i + "].name", null, "is required"));
                continue;
            }
            List<String> aliases = new ArrayList<>();
            node.get(i).path("aliases").forEach(a -> aliases.add(a.asString()));
            out.add(new WatchedPort(name, node.get(i).path("country").asString(""),
                    node.get(i).path("locode").asString(null), aliases));
        }
        return out;
    }

    private static ItemError error(String field, String value, String reason) {
        return new ItemError(null, null, null, field, value, reason);
    }
}
