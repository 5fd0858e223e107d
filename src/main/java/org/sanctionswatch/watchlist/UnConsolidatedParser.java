package org.sanctionswatch.watchlist;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the UN Security Council consolidated sanctions list XML ({@code CONSOLIDATED_LIST} with
 * {@code INDIVIDUALS/INDIVIDUAL} and {@code ENTITIES/ENTITY} records) with StAX.
 *
 * <p>A document with a DOCTYPE is refused outright, so no external entity is resolved and no entity
 * expansion can happen. Malformed XML is reported with its line and column; bad field values (an
 * unreadable LISTED_ON, a missing REFERENCE_NUMBER) are collected and reported together. The stream
 * is not closed.
 */
public final class UnConsolidatedParser {

    private static final String SOURCE = "UN consolidated list XML";
    private static final Pattern IMO = Pattern.compile("\\bIMO\\)?[^0-9]{0,20}?(\\d{7})\\b");
    private static final Pattern LEADING_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public List<ListEntry> parse(InputStream in) throws WatchlistFormatException {
        XMLStreamReader xml = null;
        try {
            xml = newFactory().createXMLStreamReader(in);
            return read(xml);
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            long line = at == null ? -1 : at.getLineNumber();
            Long column = at == null || at.getColumnNumber() < 0 ? null : (long) at.getColumnNumber();
            throw new WatchlistFormatException(SOURCE,
                    new WatchlistFormatException.Problem(line, column, "malformed XML: " + reason(e)), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // closing the reader never closes the underlying stream; nothing to recover
                }
            }
        }
    }

    static XMLInputFactory newFactory() {
        // the JDK's own implementation, whatever StAX provider happens to be on the class path
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource not allowed: " + systemId);
        });
        return factory;
    }

    private List<ListEntry> read(XMLStreamReader xml) throws XMLStreamException, WatchlistFormatException {
        List<ListEntry> entries = new ArrayList<>();
        List<WatchlistFormatException.Problem> problems = new ArrayList<>();
        Deque<String> path = new ArrayDeque<>();
        Builder current = null;
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw new WatchlistFormatException(SOURCE, List.of(
                        new WatchlistFormatException.Problem(line(xml), column(xml), "DOCTYPE not allowed")));
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new WatchlistFormatException(SOURCE, List.of(
                        new WatchlistFormatException.Problem(line(xml), column(xml),
                                "entity reference not allowed: " + xml.getLocalName())));
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = xml.getLocalName();
                    String parent = path.peek();
                    if (current == null && isRecord(name, parent)) {
                        current = new Builder(name, line(xml), path.size());
                        path.push(name);
                    } else if (current != null && path.size() == current.depth + 1 && current.isField(name)) {
                        // leaf field of the record: read its text, which also consumes its end tag
                        current.set(name, xml.getElementText());
                    } else if (current != null && "ALIAS_NAME".equals(name) && parent != null
                            && parent.endsWith("_ALIAS")) {
                        current.addAlias(xml.getElementText());
                    } else {
                        path.push(name);
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    path.pop();
                    if (current != null && path.size() == current.depth) {
                        current.build(entries, problems);
                        current = null;
                    }
                }
                default -> {
                    // text between elements, comments and processing instructions carry nothing we keep
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new WatchlistFormatException(SOURCE, problems);
        }
        return entries;
    }

    private static boolean isRecord(String name, String parent) {
        return ("INDIVIDUAL".equals(name) && "INDIVIDUALS".equals(parent))
                || ("ENTITY".equals(name) && "ENTITIES".equals(parent));
    }

    static String imo(String comments) {
        if (comments == null) {
            return null;
        }
        Matcher m = IMO.matcher(comments);
        return m.find() ? m.group(1) : null;
    }

    private static long line(XMLStreamReader xml) {
        Location at = xml.getLocation();
        return at == null ? -1 : at.getLineNumber();
    }

    private static Long column(XMLStreamReader xml) {
        Location at = xml.getLocation();
        return at == null || at.getColumnNumber() < 0 ? null : (long) at.getColumnNumber();
    }

    private static String reason(XMLStreamException e) {
        String message = e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        // the JDK prefixes "ParseError at [row,col]:[l,c]\nMessage: "; line and column are reported separately
        int at = message.indexOf("Message: ");
        return at >= 0 ? message.substring(at + "Message: ".length()).strip() : message.strip();
    }

    private static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** Collects one INDIVIDUAL or ENTITY record. */
    private static final class Builder {
        private final String element;
        private final long line;
        private final int depth;
        private final String[] names = new String[4];
        private final Set<String> aliases = new LinkedHashSet<>();
        private String listType;
        private String reference;
        private String listedOn;
        private String comments;

        Builder(String element, long line, int depth) {
            this.element = element;
            this.line = line;
            this.depth = depth;
        }

        boolean isField(String name) {
            return switch (name) {
                case "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME",
                        "UN_LIST_TYPE", "REFERENCE_NUMBER", "LISTED_ON", "COMMENTS1" -> true;
                default -> false;
            };
        }

        void set(String name, String value) {
            switch (name) {
                case "FIRST_NAME" -> names[0] = text(value);
                case "SECOND_NAME" -> names[1] = text(value);
                case "THIRD_NAME" -> names[2] = text(value);
                case "FOURTH_NAME" -> names[3] = text(value);
                case "UN_LIST_TYPE" -> listType = text(value);
                case "REFERENCE_NUMBER" -> reference = text(value);
                case "LISTED_ON" -> listedOn = text(value);
                case "COMMENTS1" -> comments = text(value);
                default -> throw new IllegalArgumentException(name);
            }
        }

        void addAlias(String value) {
            String alias = text(value);
            if (alias != null) {
                aliases.add(WHITESPACE.matcher(alias).replaceAll(" "));
            }
        }

        void build(List<ListEntry> entries, List<WatchlistFormatException.Problem> problems) {
            List<String> reasons = new ArrayList<>();
            String name = String.join(" ", Arrays.stream(names)
                    .filter(Objects::nonNull).map(n -> WHITESPACE.matcher(n).replaceAll(" ")).toList());
            if (reference == null) {
                reasons.add("REFERENCE_NUMBER is missing");
            }
            if (name.isEmpty()) {
                reasons.add("name is missing");
            }
            LocalDate listed = null;
            if (listedOn != null) {
                Matcher m = LEADING_DATE.matcher(listedOn);
                try {
                    if (!m.find()) {
                        throw new DateTimeParseException("no leading yyyy-MM-dd", listedOn, 0);
                    }
                    listed = LocalDate.parse(m.group(1));
                } catch (DateTimeParseException e) {
                    reasons.add("LISTED_ON is not a date: '" + listedOn + "'");
                }
            }
            if (!reasons.isEmpty()) {
                String id = reference == null ? "" : " " + reference;
                problems.add(new WatchlistFormatException.Problem(line, null,
                        element + id + ": " + String.join("; ", reasons)));
                return;
            }
            boolean entity = "ENTITY".equals(element);
            entries.add(new ListEntry(ListEntry.UN_CONSOLIDATED, reference, name, List.copyOf(aliases),
                    entity ? ListEntry.ENTITY : ListEntry.INDIVIDUAL,
                    listType == null ? List.of() : List.of(listType), listed,
                    entity ? imo(comments) : null, null, null, comments));
        }
    }
}
