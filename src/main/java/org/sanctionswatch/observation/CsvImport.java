package org.sanctionswatch.observation;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.Source;
import org.sanctionswatch.fact.TradeFlow;
import org.sanctionswatch.system.ItemError;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a CSV file into a batch, one record at a time. The layout is recognised from the header: UN Comtrade legacy
 * bulk, UN Comtrade+, or the service's own (columns named as the JSON fields, the source as sourceName, sourceUrl,
 * sourceCitation, reliability, credibility).
 */
final class CsvImport {

    enum Layout { COMTRADE_LEGACY, COMTRADE_PLUS, OWN }

    static final Source COMTRADE = new Source("UN Comtrade", "https://comtradeplus.un.org", "A", 2,
            "Official trade statistics as declared by the reporter");

    static final List<String> LEGACY_COLUMNS = List.of("Year", "Period", "Trade Flow Code", "Reporter Code",
            "Reporter ISO", "Partner Code", "Partner ISO", "Commodity Code", "Netweight (kg)", "Trade Value (US$)");
    static final List<String> PLUS_COLUMNS = List.of("period", "reporterCode", "reporterISO", "flowCode",
            "partnerCode", "partnerISO", "cmdCode", "netWgt", "primaryValue");
    static final Map<String, String> SOURCE_COLUMNS = Map.of("sourceName", "name", "sourceUrl", "url",
            "sourceCitation", "citation", "sourceRelays", "relays", "reliability", "reliability", "credibility",
            "credibility");

    private final ObservationReader reader;
    private final Batch batch;
    private final int maxRows;

    CsvImport(ObservationReader reader, Batch batch) {
        this(reader, batch, Integer.MAX_VALUE);
    }

    CsvImport(ObservationReader reader, Batch batch, int maxRows) {
        this.reader = reader;
        this.batch = batch;
        this.maxRows = maxRows;
    }

    void read(Reader in) throws IOException {
        CsvReader csv = new CsvReader(in);
        List<String> header;
        try {
            header = csv.next();
        } catch (CsvSyntaxException e) {
            batch.error(ItemError.atLine(e.line(), e.column(), null, null, e.getMessage()));
            return;
        }
        if (header == null) {
            batch.error(ItemError.atLine(1, null, null, null, "the file is empty: expected a header line"));
            return;
        }
        header = header.stream().map(String::strip).toList();
        Layout layout = recognise(header);
        if (layout == null) {
            return;
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i), i);
        }
        while (true) {
            List<String> row;
            try {
                row = csv.next();
            } catch (CsvSyntaxException e) {
                batch.received();
                batch.error(ItemError.atLine(e.line(), e.column(), columnName(header, e.column()), null,
                        e.getMessage()));
                return;
            }
            if (row == null) {
                return;
            }
            batch.received();
            if (batch.receivedCount() > maxRows) {
                throw new org.sanctionswatch.system.PayloadTooLargeException("An import may hold at most " + maxRows
                        + " rows (sanctionswatch.limits.max-rows)");
            }
            long line = csv.recordLine();
            if (row.size() != header.size()) {
                batch.error(ItemError.atLine(line, null, null, null, "expected " + header.size()
                        + " columns as in the header, found " + row.size()));
                continue;
            }
            switch (layout) {
                case COMTRADE_LEGACY -> legacy(row, columns, line);
                case COMTRADE_PLUS -> plus(row, columns, line);
                case OWN -> own(row, header, line);
            }
        }
    }

    private Layout recognise(List<String> header) {
        Set<String> names = new LinkedHashSet<>(header);
        if (names.contains("Trade Flow Code") || names.contains("Reporter Code") || names.contains("Commodity Code")) {
            return requireAll(names, LEGACY_COLUMNS, Layout.COMTRADE_LEGACY, "UN Comtrade legacy bulk");
        }
        if (names.contains("reporterCode") || names.contains("cmdCode") || names.contains("primaryValue")) {
            return requireAll(names, PLUS_COLUMNS, Layout.COMTRADE_PLUS, "UN Comtrade+");
        }
        if (names.contains("type")) {
            boolean ok = true;
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i);
                if (!ObservationReader.COMMON.contains(name) && !SOURCE_COLUMNS.containsKey(name)
                        && ObservationReader.FIELDS.values().stream().noneMatch(f -> f.contains(name))) {
                    batch.error(ItemError.atLine(1, i + 1, name, null, "unknown column"));
                    ok = false;
                }
            }
            return ok ? Layout.OWN : null;
        }
        batch.error(ItemError.atLine(1, null, null, String.join(",", header), "unrecognised header: expected UN "
                + "Comtrade legacy bulk (" + String.join(", ", LEGACY_COLUMNS) + "), UN Comtrade+ ("
                + String.join(", ", PLUS_COLUMNS) + ") or the service's own layout (a 'type' column)"));
        return null;
    }

    private Layout requireAll(Set<String> names, List<String> required, Layout layout, String label) {
        boolean ok = true;
        for (String column : required) {
            if (!names.contains(column)) {
                batch.error(ItemError.atLine(1, null, column, null, "required column of the " + label
                        + " layout is missing"));
                ok = false;
            }
        }
        return ok ? layout : null;
    }

    private void legacy(List<String> row, Map<String, Integer> columns, long line) {
        Cells cells = new Cells(row, columns, line);
        Periods.Period period = cells.period("Period");
        String flow = switch (cells.get("Trade Flow Code").strip()) {
            case "1" -> "IMPORT";
            case "2" -> "EXPORT";
            case "3" -> "RE_EXPORT";
            case "4" -> "RE_IMPORT";
            default -> cells.fail("Trade Flow Code", "must be 1 (import), 2 (export), 3 (re-export) or 4 (re-import)");
        };
        String reporter = cells.country("Reporter ISO", "Reporter Code");
        String partner = cells.country("Partner ISO", "Partner Code");
        String commodity = cells.commodity("Commodity Code");
        Double weight = cells.optionalNumber("Netweight (kg)");
        Double value = cells.requiredNumber("Trade Value (US$)");
        if (!cells.failed) {
            addTrade(reporter, partner, flow, commodity, period, value, weight, line);
        }
    }

    private void plus(List<String> row, Map<String, Integer> columns, long line) {
        Cells cells = new Cells(row, columns, line);
        if (isBreakdown(cells, "partner2Code", "0") || isBreakdown(cells, "motCode", "0")
                || isBreakdown(cells, "customsCode", "C00")) {
            batch.ignored();
            return;
        }
        String flow = switch (cells.get("flowCode").strip()) {
            case "M" -> "IMPORT";
            case "X" -> "EXPORT";
            case "RX" -> "RE_EXPORT";
            case "RM" -> "RE_IMPORT";
            default -> null;
        };
        if (flow == null) {
            batch.ignored(); // processing and domestic/foreign sub-flows overlap M and X
            return;
        }
        Periods.Period period = cells.period("period");
        String reporter = cells.country("reporterISO", "reporterCode");
        String partner = cells.country("partnerISO", "partnerCode");
        String commodity = cells.commodity("cmdCode");
        Double weight = cells.optionalNumber("netWgt");
        Double value = cells.requiredNumber("primaryValue");
        if (!cells.failed) {
            addTrade(reporter, partner, flow, commodity, period, value, weight, line);
        }
    }

    private static boolean isBreakdown(Cells cells, String column, String aggregate) {
        String v = cells.getOptional(column);
        return v != null && !v.isBlank() && !v.strip().equals(aggregate);
    }

    private void addTrade(String reporter, String partner, String flow, String commodity, Periods.Period period,
            double value, Double weight, long line) {
        TradeFlow t = new TradeFlow(null, null, COMTRADE, null, reporter, partner, flow, commodity, period.label(),
                period.monthly(), period.index(), value, weight, null);
        batch.add(t, "line " + line, reason -> ItemError.atLine(line, null, null, null, reason));
    }

    private void own(List<String> row, List<String> header, long line) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ObjectNode source = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < header.size(); i++) {
            String value = row.get(i);
            if (value.isBlank()) {
                continue;
            }
            String name = header.get(i);
            if (SOURCE_COLUMNS.containsKey(name)) {
                source.put(SOURCE_COLUMNS.get(name), value);
            } else {
                node.put(name, value);
            }
        }
        if (!source.isEmpty()) {
            node.set("source", source);
        }
        Observation o = reader.read(node, (field, value, reason) -> {
            String column = columnOf(field);
            int index = header.indexOf(column);
            batch.error(ItemError.atLine(line, index < 0 ? null : index + 1, column, value, reason));
        });
        if (o != null) {
            batch.add(o, "line " + line, reason -> ItemError.atLine(line, null, null, null, reason));
        }
    }

    private static String columnOf(String field) {
        if (field.startsWith("source.")) {
            String inner = field.substring("source.".length());
            return SOURCE_COLUMNS.entrySet().stream().filter(e -> e.getValue().equals(inner)).map(Map.Entry::getKey)
                    .findFirst().orElse(field);
        }
        return field.equals("source") ? "sourceName" : field;
    }

    private static String columnName(List<String> header, int column) {
        return column >= 1 && column <= header.size() ? header.get(column - 1) : null;
    }

    /** The cells of one published row; each bad cell is reported with its line, column number and name. */
    private final class Cells {
        private final List<String> row;
        private final Map<String, Integer> columns;
        private final long line;
        boolean failed;

        Cells(List<String> row, Map<String, Integer> columns, long line) {
            this.row = row;
            this.columns = columns;
            this.line = line;
        }

        String get(String column) {
            return row.get(columns.get(column));
        }

        String getOptional(String column) {
            Integer i = columns.get(column);
            return i == null ? null : row.get(i);
        }

        String fail(String column, String reason) {
            failed = true;
            batch.error(ItemError.atLine(line, columns.get(column) + 1, column, get(column), reason));
            return null;
        }

        Periods.Period period(String column) {
            Periods.Period p = Periods.parse(get(column));
            if (p == null) {
                fail(column, "must be a year (2024) or a month (202408)");
            }
            return p;
        }

        String country(String isoColumn, String codeColumn) {
            String code = get(codeColumn).strip();
            String iso = get(isoColumn).strip();
            if (!code.isEmpty() && !Patterns.is(Patterns.COUNTRY_CODE, code)) {
                fail(codeColumn, "must be a numeric country code");
                return null;
            }
            if (!iso.isEmpty() && !Patterns.is(Patterns.ISO_CELL, iso)) {
                fail(isoColumn, "must be an ISO alpha-3 code");
                return null;
            }
            String country = Countries.fromComtrade(iso, code);
            if (country == null) {
                fail(codeColumn, "a country code or ISO code is required");
            }
            return country;
        }

        String commodity(String column) {
            String c = get(column).strip();
            if (c.equalsIgnoreCase(TradeFlow.TOTAL)) {
                return TradeFlow.TOTAL;
            }
            if (!Patterns.is(Patterns.HS_CODE, c)) {
                return fail(column, "must be an HS code of 2, 4, 6, 8 or 10 digits, or TOTAL");
            }
            return c;
        }

        Double optionalNumber(String column) {
            String v = get(column).strip();
            return v.isEmpty() ? null : number(column, v);
        }

        Double requiredNumber(String column) {
            String v = get(column).strip();
            if (v.isEmpty()) {
                fail(column, "is required");
                return null;
            }
            return number(column, v);
        }

        private Double number(String column, String v) {
            Double d = Numbers.parse(v);
            if (d == null) {
                fail(column, "must be a number");
            } else if (d < 0 || d > 1.0e13) {
                fail(column, "must be a number from 0 to 10^13");
                return null;
            }
            return d;
        }
    }
}
