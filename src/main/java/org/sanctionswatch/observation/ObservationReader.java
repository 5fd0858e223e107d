package org.sanctionswatch.observation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sanctionswatch.fact.DiplomaticEvent;
import org.sanctionswatch.fact.MunitionsTransfer;
import org.sanctionswatch.fact.Imo;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.ObservationType;
import org.sanctionswatch.fact.PortCall;
import org.sanctionswatch.fact.RailTraffic;
import org.sanctionswatch.fact.Source;
import org.sanctionswatch.fact.TechnologyTransfer;
import org.sanctionswatch.fact.TradeFlow;
import org.sanctionswatch.fact.TroopDeployment;
import tools.jackson.databind.JsonNode;

/**
 * Turns one JSON object of the interface contract into an observation, reporting every bad field. Numbers may come
 * as JSON numbers or as numeric text (CSV cells arrive as text).
 */
final class ObservationReader {

    /** Receives the problems of one item. */
    interface Problems {
        void add(String field, String value, String reason);
    }

    static final Set<String> COMMON = Set.of("type", "id", "theatre", "source", "reportedAt", "notes");
    static final Map<ObservationType, Set<String>> FIELDS = Map.of(
            ObservationType.TRADE_FLOW, Set.of("reporter", "partner", "flow", "commodity", "period", "valueUsd",
                    "netWeightKg"),
            ObservationType.RAIL_TRAFFIC, Set.of("crossing", "date", "railcars", "direction", "countries"),
            ObservationType.PORT_CALL, Set.of("vesselName", "imo", "flag", "port", "country", "arrivedOn", "mmsi",
                    "callSign", "owner", "ownerImo", "operator", "operatorImo", "manager", "managerImo"),
            ObservationType.TROOP_DEPLOYMENT, Set.of("fromCountry", "toCountry", "location", "personnel", "role",
                    "date"),
            ObservationType.MUNITIONS_TRANSFER, Set.of("fromCountry", "toCountry", "category", "calibreMm",
                    "quantity", "unit", "date"),
            ObservationType.TECHNOLOGY_TRANSFER, Set.of("fromCountry", "toCountry", "domain", "date"),
            ObservationType.DIPLOMATIC_EVENT, Set.of("kind", "parties", "date", "reference"));

    static final Set<String> FLOWS = Set.of("IMPORT", "EXPORT", "RE_EXPORT", "RE_IMPORT");
    static final Set<String> ROLES = Set.of("TECHNICAL", "COMBAT", "UNKNOWN");
    static final Set<String> UNITS = Set.of("ROUNDS", "CONTAINERS", "MISSILES");
    private static final int MAX_TEXT = 2000;
    private static final double MAX_VALUE = 1.0e13;

    /**
     * Why a text may not be stored as it is, or null: a control character (NUL and the like; tab and line ends are
     * text), a bidirectional control that makes a name display other than it reads, or an invisible space. The joiners
     * that some scripts need (U+200C, U+200D) are text.
     */
    static String hidden(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String what = null;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
                what = "the control character";
            } else if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F
                    || c == 0x061C) {
                what = "the bidirectional control";
            } else if (c == 0x200B || c == 0x2060 || c == 0xFEFF || c == 0x00AD) {
                what = "the invisible character";
            }
            if (what != null) {
                return "contains " + what + String.format(java.util.Locale.ROOT, " U+%04X", (int) c)
                        + " at character " + (i + 1) + ": a text must read as it is written";
            }
        }
        return null;
    }

    private final Countries countries = Countries.get();
    private final Set<String> theatres;

    ObservationReader(Set<String> theatres) {
        this.theatres = theatres;
    }

    /** The observation, or null when any field is bad (each one reported). */
    Observation read(JsonNode node, Problems problems) {
        if (node == null || !node.isObject()) {
            problems.add("", node == null ? null : node.toString(), "an observation must be a JSON object");
            return null;
        }
        Item item = new Item(node, problems);
        String typeText = item.text("type", true);
        ObservationType type = null;
        if (typeText != null) {
            try {
                type = ObservationType.valueOf(typeText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("type", typeText, "unknown type; expected one of " + List.of(ObservationType.values()));
            }
        }
        if (type == null) {
            return null;
        }
        for (String name : node.propertyNames()) {
            if (!COMMON.contains(name) && !FIELDS.get(type).contains(name)) {
                problems.add(name, null, "unknown field for " + type);
            }
        }
        String id = item.text("id", false);
        if (id != null && !Patterns.is(Patterns.ID, id)) {
            problems.add("id", id, "must be 1 to 100 letters, digits or . _ : -");
        }
        String theatre = item.text("theatre", false);
        if (theatre != null && !theatres.contains(theatre)) {
            problems.add("theatre", theatre, "unknown theatre; known: " + theatres);
        }
        Source source = item.source();
        Instant reportedAt = item.instant("reportedAt");
        String notes = item.text("notes", false);
        Observation o = switch (type) {
            case TRADE_FLOW -> trade(item, source, reportedAt, notes);
            case RAIL_TRAFFIC -> new RailTraffic(null, null, source, reportedAt, item.text("crossing", true),
                    item.date("date", true), item.integer("railcars", true, 0, 1_000_000),
                    item.text("direction", false), item.countryList("countries", false), notes);
            case PORT_CALL -> portCall(item, source, reportedAt, notes);
            case TROOP_DEPLOYMENT -> new TroopDeployment(null, null, source, reportedAt, item.country("fromCountry"),
                    item.country("toCountry"), item.text("location", false),
                    item.integer("personnel", true, 0, 10_000_000), item.choice("role", ROLES, true),
                    item.date("date", true), notes);
            case MUNITIONS_TRANSFER -> new MunitionsTransfer(null, null, source, reportedAt,
                    item.country("fromCountry"), item.country("toCountry"), item.code("category", true),
                    item.integerOrNull("calibreMm", 1, 2000), item.number("quantity", true, 0, 1.0e10),
                    item.choice("unit", UNITS, true), item.date("date", true), notes);
            case TECHNOLOGY_TRANSFER -> new TechnologyTransfer(null, null, source, reportedAt,
                    item.country("fromCountry"), item.country("toCountry"), item.code("domain", true),
                    item.date("date", true), notes);
            case DIPLOMATIC_EVENT -> new DiplomaticEvent(null, null, source, reportedAt, item.code("kind", true),
                    item.countryList("parties", true), item.date("date", true), item.text("reference", false),
                    notes);
        };
        if (item.failed) {
            return null;
        }
        return id == null && theatre == null ? o : o.withEnvelope(id, theatre, reportedAt);
    }

    private TradeFlow trade(Item item, Source source, Instant reportedAt, String notes) {
        String periodText = item.text("period", true);
        Periods.Period period = periodText == null ? null : Periods.parse(periodText);
        if (periodText != null && period == null) {
            item.fail("period", periodText, "must be a year (2024) or a month (2024-08) between 1900 and 2100");
        }
        String commodity = item.text("commodity", true);
        if (commodity != null && !Patterns.is(Patterns.HS_CODE, commodity) && !commodity.equals(TradeFlow.TOTAL)) {
            item.fail("commodity", commodity, "must be an HS code of 2, 4, 6, 8 or 10 digits, or TOTAL");
        }
        double value = item.number("valueUsd", true, 0, MAX_VALUE);
        Double weight = item.hasValue("netWeightKg") ? item.number("netWeightKg", false, 0, MAX_VALUE) : null;
        // The record shares one instance of each code, period and source among all facts (see TradeFlow).
        return new TradeFlow(null, null, source, reportedAt, item.country("reporter"), item.country("partner"),
                item.choice("flow", FLOWS, true), commodity, period == null ? null : period.label(),
                period != null && period.monthly(), period == null ? 0 : period.index(), value, weight, notes);
    }

    private PortCall portCall(Item item, Source source, Instant reportedAt, String notes) {
        String imo = Imo.digits(item.text("imo", false));
        if (imo != null) {
            if (!Patterns.is(Patterns.IMO, imo)) {
                item.fail("imo", imo, "an IMO number has 7 digits (with or without its \"IMO\" prefix)");
            } else if (!Imo.validShip(imo)) {
                item.fail("imo", imo, "the check digit does not match: a ship's IMO number ends in the sum of its "
                        + "first six digits weighted 7 to 2, modulo 10 (a company's number goes in ownerImo, "
                        + "operatorImo or managerImo)");
            }
        }
        String mmsi = item.text("mmsi", false);
        if (mmsi != null && !mmsi.matches("[0-9]{9}")) {
            item.fail("mmsi", mmsi, "an MMSI has 9 digits");
        }
        String flag = item.hasValue("flag") ? item.country("flag") : null;
        return new PortCall(null, null, source, reportedAt, item.text("vesselName", true), imo, flag,
                item.text("port", true), item.country("country"), item.date("arrivedOn", true), notes, mmsi,
                item.text("callSign", false), company(item, "owner"), company(item, "operator"),
                company(item, "manager"));
    }

    /** A company a call names, by its name and IMO company number ({@code <role>Imo}, seven digits). */
    private static PortCall.Company company(Item item, String role) {
        String imo = Imo.digits(item.text(role + "Imo", false));
        if (imo != null && !Imo.sevenDigits(imo)) {
            item.fail(role + "Imo", imo, "an IMO company number has 7 digits (with or without its \"IMO\" prefix)");
        }
        return PortCall.Company.of(item.text(role, false), imo);
    }

    /** Field access for one item; each bad field is reported once and marks the item failed. */
    private final class Item {
        private final JsonNode node;
        private final Problems problems;
        boolean failed;

        Item(JsonNode node, Problems problems) {
            this.node = node;
            this.problems = problems;
        }

        void fail(String field, String value, String reason) {
            failed = true;
            problems.add(field, value, reason);
        }

        boolean hasValue(String field) {
            JsonNode v = node.get(field);
            return v != null && !v.isNull() && !(v.isString() && v.asString().isBlank());
        }

        String text(String field, boolean required) {
            return text(node, field, field, required);
        }

        private String text(JsonNode parent, String field, String label, boolean required) {
            JsonNode v = parent.get(field);
            if (v == null || v.isNull() || (v.isString() && v.asString().isBlank())) {
                if (required) {
                    fail(label, null, "is required");
                }
                return null;
            }
            if (!v.isString() && !v.isNumber()) {
                fail(label, v.toString(), "must be text");
                return null;
            }
            String s = v.asString().strip();
            if (s.length() > MAX_TEXT) {
                fail(label, s, "is longer than " + MAX_TEXT + " characters");
                return null;
            }
            String hidden = hidden(s);
            if (hidden != null) {
                fail(label, s, hidden);
                return null;
            }
            return s;
        }

        String code(String field, boolean required) {
            String s = text(field, required);
            if (s == null) {
                return null;
            }
            String upper = s.toUpperCase(Locale.ROOT);
            if (!Patterns.is(Patterns.CODE, upper)) {
                fail(field, s, "must be a code of letters, digits and underscores");
                return null;
            }
            return upper;
        }

        String choice(String field, Set<String> allowed, boolean required) {
            String s = text(field, required);
            if (s == null) {
                return null;
            }
            String upper = s.toUpperCase(Locale.ROOT).replace('-', '_');
            if (!allowed.contains(upper)) {
                fail(field, s, "must be one of " + allowed.stream().sorted().toList());
                return null;
            }
            return upper;
        }

        String country(String field) {
            String s = text(field, true);
            if (s == null) {
                return null;
            }
            String code = countries.normalise(s);
            if (code == null) {
                fail(field, s, "unknown country; use ISO 3166 alpha-3 or a UN Comtrade numeric code");
            }
            return code;
        }

        List<String> countryList(String field, boolean required) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    fail(field, null, "is required");
                }
                return List.of();
            }
            List<String> raw = new ArrayList<>();
            if (v.isArray()) {
                v.forEach(e -> raw.add(e.isString() || e.isNumber() ? e.asString() : e.toString()));
            } else if (v.isString()) {
                for (String part : v.asString().split("[;|]")) {
                    if (!part.isBlank()) {
                        raw.add(part.strip());
                    }
                }
            } else {
                fail(field, v.toString(), "must be a list of countries");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String r : raw) {
                String code = countries.normalise(r);
                if (code == null) {
                    fail(field, r, "unknown country; use ISO 3166 alpha-3 or a UN Comtrade numeric code");
                } else if (!out.contains(code)) {
                    out.add(code);
                }
            }
            if (required && out.isEmpty() && !failed) {
                fail(field, v.toString(), "must name at least one country");
            }
            return List.copyOf(out);
        }

        double number(String field, boolean required, double min, double max) {
            JsonNode v = node.get(field);
            if (v == null || v.isNull() || (v.isString() && v.asString().isBlank())) {
                if (required) {
                    fail(field, null, "is required");
                }
                return 0;
            }
            double d;
            if (v.isNumber()) {
                d = v.asDouble();
            } else if (v.isString()) {
                Double parsed = Numbers.parse(v.asString());
                if (parsed == null) {
                    fail(field, v.asString(), "must be a number");
                    return 0;
                }
                d = parsed;
            } else {
                fail(field, v.toString(), "must be a number");
                return 0;
            }
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                fail(field, v.asString(), "must be a finite number");
            } else if (d < min) {
                fail(field, v.asString(), "must not be below " + Text.plain(min));
            } else if (d > max) {
                fail(field, v.asString(), "must not be above " + Text.plain(max));
            }
            return d;
        }

        int integer(String field, boolean required, int min, int max) {
            double d = number(field, required, min, max);
            if (d != Math.rint(d)) {
                fail(field, node.get(field).asString(), "must be a whole number");
            }
            return (int) d;
        }

        Integer integerOrNull(String field, int min, int max) {
            return hasValue(field) ? integer(field, false, min, max) : null;
        }

        LocalDate date(String field, boolean required) {
            String s = text(field, required);
            if (s == null) {
                return null;
            }
            try {
                LocalDate d = LocalDate.parse(s);
                if (d.getYear() < 1900 || d.getYear() > 2100) {
                    fail(field, s, "must be between 1900 and 2100");
                    return null;
                }
                return d;
            } catch (DateTimeParseException e) {
                fail(field, s, "must be a date YYYY-MM-DD");
                return null;
            }
        }

        Instant instant(String field) {
            String s = text(field, false);
            if (s == null) {
                return null;
            }
            try {
                return s.length() == 10 ? LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant()
                        : Instant.parse(s);
            } catch (DateTimeParseException e) {
                fail(field, s, "must be an ISO-8601 instant (2024-10-23T00:00:00Z) or date");
                return null;
            }
        }

        Source source() {
            JsonNode s = node.get("source");
            if (s == null || !s.isObject()) {
                fail("source", s == null ? null : s.toString(),
                        "is required: an object with name, reliability (A-F) and credibility (1-6)");
                return null;
            }
            String name = text(s, "name", "source.name", true);
            String url = text(s, "url", "source.url", false);
            String citation = text(s, "citation", "source.citation", false);
            String relays = text(s, "relays", "source.relays", false);
            String reliability = text(s, "reliability", "source.reliability", true);
            if (reliability != null && !Patterns.is(Patterns.RELIABILITY, reliability)) {
                fail("source.reliability", reliability, "must be a letter A to F");
                reliability = null;
            }
            JsonNode c = s.get("credibility");
            int credibility = 0;
            if (c == null || c.isNull()) {
                fail("source.credibility", null, "is required");
            } else {
                String ct = c.isString() || c.isNumber() ? c.asString().strip() : c.toString();
                if (!Patterns.is(Patterns.CREDIBILITY, ct)) {
                    fail("source.credibility", ct, "must be a digit 1 to 6");
                } else {
                    credibility = Integer.parseInt(ct);
                }
            }
            if (name == null || reliability == null || credibility == 0) {
                return null;
            }
            return new Source(name, url, reliability.toUpperCase(Locale.ROOT), credibility, citation, relays);
        }
    }

    /** Plain number formatting for messages. */
    private static final class Text {
        static String plain(double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }
    }
}
