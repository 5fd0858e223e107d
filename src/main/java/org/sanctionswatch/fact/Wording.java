package org.sanctionswatch.fact;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of alerts, as templates an analyst edits in {@code rules/wording.properties}: for each rule id a
 * {@code <ID>.title} and an {@code <ID>.explanation}, with the numbers as named placeholders ({@code {railcars}}).
 * The rules hand over the values by name ({@link #of}); which names each rule gives is declared beside the code that
 * gives them ({@link #declared}), so that a template naming an unknown placeholder fails when the rules are built.
 */
public final class Wording {

    /** The file, in the rules folder. */
    public static final String FILE = "wording.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    /** No templates: for rule bases of tests whose rules say nothing. */
    public static final Wording NONE = new Wording(Map.of());

    /** A title and an explanation. */
    public record Words(String title, String explanation) {
    }

    /** A problem of the file: its line (0 for the file as a whole) and what is wrong. */
    public record Problem(int line, String message) {
    }

    private final Map<String, String> templates;

    private Wording(Map<String, String> templates) {
        this.templates = Map.copyOf(templates);
    }

    /**
     * The placeholders each template may name, by rule id (both its title and its explanation may name any of its
     * rule's): the rules' own and the measures'.
     */
    public static Map<String, Set<String>> declared() {
        Map<String, Set<String>> all = new TreeMap<>();
        all.putAll(EventText.NAMES);
        all.putAll(TradeText.NAMES);
        all.putAll(TheatreMeasure.NAMES);
        return Collections.unmodifiableMap(all);
    }

    /** Reads the templates; {@code problems} gets every unknown key, unknown placeholder and missing template. */
    public static Wording parse(String text, List<Problem> problems) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            problems.add(new Problem(0, "cannot be read as a properties file: " + e.getMessage()));
            return NONE;
        }
        Map<String, Integer> lines = lines(text);
        Map<String, Set<String>> declared = declared();
        Map<String, String> templates = new HashMap<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            int line = lines.getOrDefault(key, 0);
            int dot = key.lastIndexOf('.');
            String id = dot < 0 ? key : key.substring(0, dot);
            String part = dot < 0 ? "" : key.substring(dot + 1);
            if (!declared.containsKey(id) || !(part.equals("title") || part.equals("explanation"))) {
                problems.add(new Problem(line, "unknown template " + key + "; templates are <ID>.title and "
                        + "<ID>.explanation for " + declared.keySet()));
                continue;
            }
            String template = properties.getProperty(key);
            Matcher m = PLACEHOLDER.matcher(template);
            while (m.find()) {
                if (!declared.get(id).contains(m.group(1))) {
                    problems.add(new Problem(line, key + " names an unknown placeholder {" + m.group(1) + "}; "
                            + id + " gives " + new TreeSet<>(declared.get(id))));
                }
            }
            templates.put(key, template);
        }
        for (String id : declared.keySet()) {
            for (String part : List.of("title", "explanation")) {
                if (!templates.containsKey(id + "." + part) && !properties.containsKey(id + "." + part)) {
                    problems.add(new Problem(0, "no template " + id + "." + part));
                }
            }
        }
        return new Wording(templates);
    }

    /** The line each key starts on, for problems. */
    private static Map<String, Integer> lines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        String[] all = text.split("\n", -1);
        boolean continued = false;
        for (int i = 0; i < all.length; i++) {
            String line = all[i].strip();
            if (!continued && !line.isEmpty() && !line.startsWith("#") && !line.startsWith("!")) {
                Matcher key = Pattern.compile("^([^=:\\s]+)").matcher(line);
                if (key.find()) {
                    lines.putIfAbsent(key.group(1), i + 1);
                }
            }
            continued = !line.startsWith("#") && line.endsWith("\\") && !line.endsWith("\\\\");
        }
        return lines;
    }

    /** A rule's title and explanation with its values. */
    public Words of(String id, Map<String, ?> values) {
        return new Words(text(id + ".title", values), text(id + ".explanation", values));
    }

    /** One template with its values; a placeholder without a value stays as written. */
    public String text(String key, Map<String, ?> values) {
        String template = templates.get(key);
        if (template == null) {
            throw new IllegalStateException("no template " + key + " in " + FILE);
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 64);
        while (m.find()) {
            Object value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null && !values.containsKey(m.group(1))
                    ? m.group() : String.valueOf(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Values by name, in the order given: {@code values("railcars", 120, "crossing", "Tumangang")}. */
    public static Map<String, Object> values(Object... namesAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return values;
    }

    /** Declares the names a rule gives, for {@link #declared}. */
    static Map.Entry<String, Set<String>> names(String id, String... names) {
        return Map.entry(id, Set.of(names));
    }

    static Map<String, Set<String>> namesOf(List<Map.Entry<String, Set<String>>> entries) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(map);
    }

    /** For tests of the file: its keys. */
    public List<String> keys() {
        return new ArrayList<>(new TreeSet<>(templates.keySet()));
    }
}
