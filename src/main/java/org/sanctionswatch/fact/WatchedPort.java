package org.sanctionswatch.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A port under watch, as the gazetteer in {@code rules/parameters.json} has it: its name, country, UN/LOCODE where
 * one exists, and the other names and transliterations reports use. A call names it by its LOCODE or by any of its
 * names, compared in normal form without the words "port", "of", "seaport", "harbour" ("Port of Vladivostok",
 * "VLADIVOSTOK", "Владивосток" and "RUVVO" all name Vladivostok).
 */
public record WatchedPort(String name, String country, String locode, List<String> aliases) {

    private static final Set<String> GENERIC = Set.of("PORT", "OF", "SEAPORT", "SEA", "HARBOUR", "HARBOR",
            "TERMINAL");
    private static final Pattern LOCODE = Pattern.compile("[A-Z]{2}\\s?[A-Z2-9]{3}");

    public WatchedPort {
        name = name.strip();
        locode = locode == null || locode.isBlank() ? null : locode.replace(" ", "").toUpperCase(Locale.ROOT);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public WatchedPort(String name, String country) {
        this(name, country, null, List.of());
    }

    /** True when a call's port text names this port: by LOCODE, or by its name or another name in normal form. */
    public boolean names(String port) {
        if (port == null) {
            return false;
        }
        String text = port.strip().toUpperCase(Locale.ROOT);
        if (locode != null && LOCODE.matcher(text).matches() && text.replace(" ", "").equals(locode)) {
            return true;
        }
        String key = key(port);
        if (key.isEmpty()) {
            return false;
        }
        if (key.equals(key(name))) {
            return true;
        }
        for (String alias : aliases) {
            if (key.equals(key(alias))) {
                return true;
            }
        }
        return false;
    }

    /** A port's name in normal form, without the generic words. */
    static String key(String portName) {
        String normal = VesselNames.normalise(portName);
        if (normal == null) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (String word : normal.split(" ")) {
            if (!GENERIC.contains(word)) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }
}
