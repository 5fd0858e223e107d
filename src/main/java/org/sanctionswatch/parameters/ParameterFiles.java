package org.sanctionswatch.parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sanctionswatch.fact.Theatre;
import org.sanctionswatch.fact.TheatreClause;
import org.sanctionswatch.fact.WatchedCommodity;
import org.sanctionswatch.fact.WatchedPort;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads and checks the parameter file ({@code rules/parameters.json}). */
public final class ParameterFiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ParameterFiles() {
    }

    public static ParameterSet read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(JSON.readTree(in), file.toString());
        } catch (IOException | JacksonException e) {
            throw new ParameterFileException(file.toString(), List.of(e.getMessage()));
        }
    }

    static ParameterSet parse(JsonNode root, String name) {
        List<String> problems = new ArrayList<>();
        List<ParameterSpec> specs = new ArrayList<>();
        for (JsonNode p : root.path("parameters")) {
            String key = p.path("key").asString("");
            String type = p.path("type").asString("decimal");
            JsonNode value = p.path("value");
            Double min = p.hasNonNull("min") ? p.get("min").asDouble() : null;
            Double max = p.hasNonNull("max") ? p.get("max").asDouble() : null;
            if (key.isBlank()) {
                problems.add("a parameter has no key");
                continue;
            }
            Double number = null;
            String text = null;
            if (type.equals("text") || type.equals("grade")) {
                text = value.asString("");
                if (type.equals("grade") && !text.isEmpty() && !text.matches("[A-F][1-6]")) {
                    problems.add(key + ": a grade is a reliability A-F and a credibility 1-6 (\"C3\"), or empty");
                }
            } else if (value.isNumber()) {
                number = value.asDouble();
                String range = Ranges.check(type, number, min, max);
                if (range != null) {
                    problems.add(key + ": " + range);
                }
            } else {
                problems.add(key + ": value must be a number");
            }
            specs.add(new ParameterSpec(key, type, p.path("unit").asString(""), min, max,
                    p.path("description").asString(""), number, text));
        }
        List<WatchedCommodity> watchlist = new ArrayList<>();
        for (JsonNode w : root.path("watchlist")) {
            String prefix = w.path("hsPrefix").asString("");
            if (!prefix.matches("\\d{2,6}")) {
                problems.add("watchlist: hsPrefix '" + prefix + "' is not 2 to 6 digits");
            }
            watchlist.add(new WatchedCommodity(prefix, w.path("rationale").asString(""), strings(w.path("countries")),
                    w.path("provision").asString(null)));
        }
        List<WatchedPort> ports = new ArrayList<>();
        for (JsonNode w : root.path("watchedPorts")) {
            String port = w.path("name").asString("");
            if (port.isBlank()) {
                problems.add("watchedPorts: a port has no name");
                continue;
            }
            ports.add(new WatchedPort(port, w.path("country").asString(""), w.path("locode").asString(null),
                    strings(w.path("aliases"))));
        }
        List<Theatre> theatres = theatres(root.path("theatres"), problems);
        if (!problems.isEmpty()) {
            throw new ParameterFileException(name, problems);
        }
        return new ParameterSet(specs, watchlist, ports, theatres);
    }

    /**
     * Theatres as the parameter file and a parameter change give them: an id (capitals, digits and hyphens), a name,
     * parties as ISO alpha-3 codes, and clauses; each problem is noted with the theatre and field.
     */
    static List<Theatre> theatres(JsonNode node, List<String> problems) {
        List<Theatre> theatres = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (JsonNode t : node) {
            String id = t.path("id").asString("");
            if (!id.matches("[A-Z0-9][A-Z0-9-]{0,49}")) {
                problems.add("theatres " + id + ".id: capitals, digits and hyphens, at most 50");
            } else if (!ids.add(id)) {
                problems.add("theatres " + id + ".id: appears twice");
            }
            List<String> countries = strings(t.path("countries"));
            if (countries.isEmpty() || countries.stream().anyMatch(c -> !c.matches("[A-Z]{3}"))) {
                problems.add("theatres " + id + ".countries: one or more ISO alpha-3 codes");
            }
            List<TheatreClause> clauses = new ArrayList<>();
            int i = 0;
            for (JsonNode c : t.path("clauses")) {
                clauses.add(clause(id, i++, c, problems));
            }
            theatres.add(new Theatre(id, t.path("name").asString(""), countries, clauses));
        }
        return theatres;
    }

    /** The parameter file for a set, in the layout {@link #read} takes: what an analyst commits to the rules folder. */
    public static String toFileText(ParameterSet set) {
        var root = JSON.createObjectNode();
        var params = root.putArray("parameters");
        for (ParameterSpec p : set.parameters()) {
            var o = params.addObject();
            o.put("key", p.key());
            if (p.number() != null) {
                if (p.type().equals("integer")) {
                    o.put("value", p.number().longValue());
                } else {
                    o.put("value", p.number());
                }
            } else {
                o.put("value", p.text());
            }
            o.put("type", p.type());
            o.put("unit", p.unit());
            if (p.min() != null) {
                o.put("min", p.min());
            }
            if (p.max() != null) {
                o.put("max", p.max());
            }
            o.put("description", p.description());
        }
        var watch = root.putArray("watchlist");
        for (WatchedCommodity w : set.watchlist()) {
            var o = watch.addObject();
            o.put("hsPrefix", w.hsPrefix());
            var countries = o.putArray("countries");
            w.countries().forEach(countries::add);
            o.put("rationale", w.rationale());
            if (w.provision() != null) {
                o.put("provision", w.provision());
            }
        }
        var ports = root.putArray("watchedPorts");
        for (WatchedPort p : set.watchedPorts()) {
            var o = ports.addObject().put("name", p.name()).put("country", p.country());
            if (p.locode() != null) {
                o.put("locode", p.locode());
            }
            if (!p.aliases().isEmpty()) {
                var aliases = o.putArray("aliases");
                p.aliases().forEach(aliases::add);
            }
        }
        var theatres = root.putArray("theatres");
        for (Theatre t : set.theatres()) {
            var o = theatres.addObject();
            o.put("id", t.id());
            o.put("name", t.name());
            var countries = o.putArray("countries");
            t.countries().forEach(countries::add);
            if (!t.clauses().isEmpty()) {
                var clauses = o.putArray("clauses");
                for (TheatreClause c : t.clauses()) {
                    var written = clauses.addObject().put("kind", c.kind());
                    if (c.hsPrefix() != null) {
                        written.put("hsPrefix", c.hsPrefix());
                    }
                    written.put("country", c.country()).put("direction", c.direction()).put("measure", c.measure())
                            .put("reason", c.reason());
                }
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    /** A clause of a theatre's definition, its problems noted by theatre, index and field. */
    private static TheatreClause clause(String theatre, int index, JsonNode c, List<String> problems) {
        String where = "theatres " + theatre + " clauses[" + index + "]";
        String kind = c.path("kind").asString("");
        String hsPrefix = c.path("hsPrefix").asString(null);
        String country = c.path("country").asString("");
        String direction = c.path("direction").asString(TheatreClause.INTO);
        String measure = c.path("measure").asString("");
        String reason = c.path("reason").asString("");
        if (!List.of(TheatreClause.TRADE, TheatreClause.PORT_CALL).contains(kind)) {
            problems.add(where + ".kind: must be TRADE or PORT_CALL, not \"" + kind + "\"");
        }
        if (TheatreClause.TRADE.equals(kind) && (hsPrefix == null || !hsPrefix.matches("TOTAL|[0-9]{2,10}"))) {
            problems.add(where + ".hsPrefix: a TRADE clause needs an HS code prefix of 2-10 digits, or TOTAL");
        }
        if (!country.matches("[A-Z]{3}")) {
            problems.add(where + ".country: must be an ISO 3166 alpha-3 code");
        }
        if (!List.of(TheatreClause.INTO, TheatreClause.ANY).contains(direction)) {
            problems.add(where + ".direction: must be INTO or ANY");
        }
        if (!List.of(Theatre.SANCTIONS, Theatre.ESCALATION, Theatre.CONTEXT).contains(measure)) {
            problems.add(where + ".measure: must be SANCTIONS, ESCALATION or CONTEXT");
        }
        if (reason.isBlank()) {
            problems.add(where + ".reason: say why the theatre takes this in; its alerts repeat it");
        }
        return new TheatreClause(kind, hsPrefix, country, direction, measure, reason);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return List.copyOf(out);
    }
}
