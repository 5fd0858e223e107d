package org.sanctionswatch.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.sanctionswatch.fact.ClosedAlert;
import org.sanctionswatch.fact.EventHorizon;
import org.sanctionswatch.fact.ListedEntity;
import org.sanctionswatch.fact.ListedVessel;
import org.sanctionswatch.fact.Deployment;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.Shipment;
import org.sanctionswatch.fact.ShipmentSeries;
import org.sanctionswatch.fact.Param;
import org.sanctionswatch.fact.RailHistory;
import org.sanctionswatch.fact.ReportedPeriod;
import org.sanctionswatch.fact.Theatre;
import org.sanctionswatch.fact.Today;
import org.sanctionswatch.fact.TradeHorizon;
import org.sanctionswatch.fact.WatchedCommodity;
import org.sanctionswatch.fact.WatchedPort;

/**
 * What each rule group of a ruleset reads and inserts, read from its DRL: enough to tell which groups a change of
 * parameters cannot touch, so that a backtest judges only the others. A group is the rules that share an id (the
 * first word of their names: "TRADE-004 Monthly reporting blackout" is in TRADE-004). A change is of parameter
 * values, or of the watchlist, watched ports or theatres (facts of those types).
 *
 * <p>The reading is conservative. A group is independent of a change when it reads none of the changed keys and no
 * fact of a changed type, and each of its rules:
 * <ul>
 *   <li>reads parameters by a literal key ({@code Param(key == "TRADE-001.ratio")}) or a literal prefix and a name
 *       ({@code Param(key == "MIL-004.threshold." + $m.unit)}: every key that starts with it);
 *   <li>reads only the facts the engine inserts from outside (observations, parameters, watchlists, theatres,
 *       reference facts, Today) and facts of types its own group inserts and no other group's consequences name;
 *   <li>inserts only logical findings of its own id ({@code insertLogical(Finding.of("TRADE-001", ...))}) and new
 *       facts of types no other group reads;
 *   <li>neither extends another rule nor has attributes besides salience, no-loop and dialect.
 * </ul>
 * A rule the reading does not understand keeps its whole group in, and a ruleset in which any rule inserts plainly,
 * modifies, deletes, creates a fact of a type the engine inserts, or ties its firing to another rule's (an activation
 * or agenda group, a timer) has no independent groups at all. Given the same observations, reference facts, Today
 * and the parameters it reads, an independent group derives the findings it derived before, so those can be taken
 * from there. What the reading cannot see (a consequence that inserts what a method returns) a session checks as it
 * goes: see {@link PartialRules.Partial#holdsFor}.
 */
public final class RuleGroups {

    /** The simple names of the types whose facts come from outside the rules. */
    public static final Set<String> INPUT_TYPES = inputTypes();

    private static final Pattern INSERT_LOGICAL = Pattern.compile("\\binsertLogical\\s*\\(");
    private static final Pattern OWN_FINDING = Pattern.compile("Finding\\s*\\.\\s*of\\s*\\(\\s*\"([^\"]*)\"\\s*,");
    private static final Pattern NEW_FACT = Pattern.compile("new\\s+([\\w.]+)\\s*\\(");
    private static final Pattern OTHER_WRITES = Pattern.compile(
            "\\b(insert|modify|update|delete|retract)\\s*\\(|\\bdrools\\s*\\.|\\bkcontext\\b|\\bchannels\\b");
    private static final Pattern LITERAL_KEY = Pattern.compile("key\\s*==\\s*\"([^\"]*)\"");
    private static final Pattern KEY_PREFIX = Pattern.compile("key\\s*==\\s*\"([^\"]*)\"\\s*\\+\\s*[\\w$.]+(\\(\\))?");
    /** Attributes that change only the order of firing, which logical insertion does not depend on. */
    private static final Set<String> ORDER_ONLY = Set.of("salience", "no-loop", "dialect");

    private final Map<String, String> drlFiles;
    private final Map<String, Group> groups;
    /** Why no group may be left out (a file the parser rejects, a rule that modifies facts), or null. */
    private final String defeated;

    /** One rule's place in its file, from "rule" to just after "end". */
    private record Span(String file, int start, int end) {
    }

    private static final class Group {
        final Set<String> keys = new HashSet<>();
        final Set<String> keyPrefixes = new HashSet<>();
        final Set<String> reads = new HashSet<>();
        final Set<String> inserts = new HashSet<>();
        final List<String> consequences = new ArrayList<>();
        final List<Span> spans = new ArrayList<>();
        boolean opaque;
        /** A rule of the group defeats the reading of every group: it modifies or deletes facts, say. */
        boolean defeatsReading;
    }

    private RuleGroups(Map<String, String> drlFiles, Map<String, Group> groups, String defeated) {
        this.drlFiles = drlFiles;
        this.groups = groups;
        this.defeated = defeated;
    }

    /** Reads the DRL files (relative path to content); a file the parser rejects leaves no independent group. */
    public static RuleGroups of(Map<String, String> drlFiles) {
        Map<String, Group> groups = new TreeMap<>();
        String defeated = null;
        for (Map.Entry<String, String> file : drlFiles.entrySet()) {
            if (!file.getKey().endsWith(".drl")) {
                continue; // the wording of alerts: words, not rules
            }
            DrlParser parser = new DrlParser();
            PackageDescr pkg;
            try {
                pkg = parser.parse(false, file.getValue());
            } catch (DroolsParserException e) {
                pkg = null;
            }
            if (pkg == null || parser.hasErrors()) {
                defeated = defeated != null ? defeated : file.getKey() + " does not parse";
                continue;
            }
            for (RuleDescr rule : pkg.getRules()) {
                if (rule instanceof QueryDescr) {
                    continue;
                }
                String id = RuleBaseBuilder.ruleId(rule.getName());
                Group group = groups.computeIfAbsent(id, k -> new Group());
                group.spans.add(new Span(file.getKey(), rule.getStartCharacter(), rule.getEndCharacter()));
                read(id, rule, group);
                if (group.defeatsReading && defeated == null) {
                    defeated = "rule \"" + rule.getName() + "\" in " + file.getKey() + " modifies, deletes or plainly "
                            + "inserts facts, creates a fact of a type the service inserts, or ties its firing to "
                            + "another rule's";
                }
            }
        }
        return new RuleGroups(drlFiles, groups, defeated);
    }

    /** Why every group of this ruleset is judged whenever anything changes, or null when the reading holds. */
    public String defeated() {
        return defeated;
    }

    /** The ids of the groups, in order. */
    public Set<String> ids() {
        return new TreeSet<>(groups.keySet());
    }

    /**
     * The groups whose findings a change cannot change (see the class comment): the change is of the parameters of
     * these keys and of the facts of these types (a watchlist: "WatchedCommodity").
     */
    public Set<String> unaffectedBy(Set<String> changedKeys, Set<String> givenTypes) {
        Set<String> unaffected = new TreeSet<>();
        if (defeated != null) {
            return unaffected;
        }
        // The engine, not a rule, reads the grouping windows: a change of one changes the facts it groups.
        Set<String> changedTypes = new HashSet<>(givenTypes);
        ENGINE_KEYS.forEach((key, types) -> {
            if (changedKeys.contains(key)) {
                changedTypes.addAll(types);
            }
        });
        groups.forEach((id, group) -> {
            if (group.opaque || group.keys.stream().anyMatch(changedKeys::contains)
                    || group.keyPrefixes.stream().anyMatch(p -> changedKeys.stream().anyMatch(k -> k.startsWith(p)))
                    || group.reads.stream().anyMatch(changedTypes::contains)) {
                return;
            }
            for (String type : group.reads) {
                if (!INPUT_TYPES.contains(type) && (!group.inserts.contains(type) || mentionedElsewhere(id, type))) {
                    return;
                }
            }
            for (String type : group.inserts) {
                for (Map.Entry<String, Group> other : groups.entrySet()) {
                    if (!other.getKey().equals(id) && other.getValue().reads.contains(type)) {
                        return;
                    }
                }
            }
            unaffected.add(id);
        });
        return unaffected;
    }

    /** Whether another group's consequences name a type (and so may insert facts of it). */
    private boolean mentionedElsewhere(String id, String type) {
        Pattern name = Pattern.compile("\\b" + Pattern.quote(type) + "\\b");
        return groups.entrySet().stream().anyMatch(other -> !other.getKey().equals(id)
                && (other.getValue().inserts.contains(type)
                        || other.getValue().consequences.stream().anyMatch(c -> name.matcher(c).find())));
    }

    /**
     * The types of the facts besides those from outside that each of these groups reads: only the group itself may
     * derive them, which a session checks as it goes ({@link PartialRules.Partial#holdsFor}).
     */
    public Map<String, Set<String>> derivedReads(Set<String> groupIds) {
        Map<String, Set<String>> reads = new TreeMap<>();
        for (String id : groupIds) {
            Set<String> types = new TreeSet<>(groups.get(id).reads);
            types.removeAll(INPUT_TYPES);
            reads.put(id, Set.copyOf(types));
        }
        return reads;
    }

    /**
     * The DRL files without the rules of these groups; each rule taken out leaves its line breaks, so that a problem
     * reported in what remains names the same line as in the original file.
     */
    public Map<String, String> without(Set<String> groupIds) {
        Map<String, StringBuilder> edited = new TreeMap<>();
        drlFiles.forEach((path, content) -> edited.put(path, new StringBuilder(content)));
        for (String id : groupIds) {
            for (Span span : groups.containsKey(id) ? groups.get(id).spans : List.<Span>of()) {
                StringBuilder text = edited.get(span.file());
                for (int i = span.start(); i < span.end() && i < text.length(); i++) {
                    if (text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        text.setCharAt(i, ' ');
                    }
                }
            }
        }
        Map<String, String> result = new TreeMap<>();
        edited.forEach((path, text) -> result.put(path, text.toString()));
        return result;
    }

    private static void read(String id, RuleDescr rule, Group group) {
        if (!(rule.getConsequence() instanceof String consequence) || !rule.getNamedConsequences().isEmpty()
                || rule.getParentName() != null) {
            group.opaque = true;
            return;
        }
        // Activation and agenda groups, timers and the like tie one rule's firing to another's.
        if (!ORDER_ONLY.containsAll(rule.getAttributes().keySet())) {
            group.opaque = true;
            group.defeatsReading = true;
        }
        group.consequences.add(consequence);
        readConditions(rule.getLhs(), group);
        readConsequence(id, consequence, group);
    }

    private static void readConditions(BaseDescr descr, Group group) {
        if (descr instanceof PatternDescr pattern) {
            String type = simpleName(pattern.getObjectType());
            BaseDescr source = pattern.getSource();
            // The type of a pattern over an accumulate is the type of its result, not a fact read.
            if (source instanceof AccumulateDescr accumulate) {
                readConditions(accumulate.getInput(), group);
            } else if (source != null) {
                group.opaque = true;
            } else {
                group.reads.add(type);
            }
            if (type.equals("Param")) {
                readKey(pattern, group);
            }
            pattern.getDescrs().forEach(d -> readConditions(d, group));
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(d -> readConditions(d, group));
        } else if (!(descr instanceof ExprConstraintDescr || descr instanceof EvalDescr)) {
            group.opaque = true;
        }
    }

    private static void readKey(PatternDescr param, Group group) {
        for (BaseDescr constraint : param.getConstraint().getDescrs()) {
            if (constraint instanceof ExprConstraintDescr expr) {
                Matcher literal = LITERAL_KEY.matcher(expr.getExpression().strip());
                if (literal.matches()) {
                    group.keys.add(literal.group(1));
                    return;
                }
                // A key made up at run time ("MIL-004.threshold." + $m.unit) may be any key with its prefix.
                Matcher prefix = KEY_PREFIX.matcher(expr.getExpression().strip());
                if (prefix.matches()) {
                    group.keyPrefixes.add(prefix.group(1));
                    return;
                }
            }
        }
        group.opaque = true;
    }

    private static void readConsequence(String id, String consequence, Group group) {
        Matcher insert = INSERT_LOGICAL.matcher(consequence);
        while (insert.find()) {
            int at = skipSpaces(consequence, insert.end());
            Matcher finding = OWN_FINDING.matcher(consequence).region(at, consequence.length());
            Matcher created = NEW_FACT.matcher(consequence).region(at, consequence.length());
            if (finding.lookingAt()) {
                group.opaque |= !finding.group(1).equals(id);
            } else if (created.lookingAt()) {
                String type = simpleName(created.group(1));
                group.inserts.add(type);
                group.defeatsReading |= INPUT_TYPES.contains(type);
            } else {
                group.opaque = true;
            }
        }
        if (OTHER_WRITES.matcher(INSERT_LOGICAL.matcher(consequence).replaceAll("")).find()) {
            group.opaque = true;
            group.defeatsReading = true;
        }
    }

    private static int skipSpaces(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static String simpleName(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }

    /** The parameters the engine reads to make facts of its own, and the types of those facts. */
    private static final Map<String, List<String>> ENGINE_KEYS = Map.of(
            ReportGroups.DEPLOYMENT_DAYS, List.of(Deployment.class.getSimpleName()),
            ReportGroups.SHIPMENT_DAYS, List.of(Shipment.class.getSimpleName(), ShipmentSeries.class.getSimpleName(),
                    ShipmentSeries.Episode.class.getSimpleName()));

    private static Set<String> inputTypes() {
        Set<String> types = new TreeSet<>();
        for (Class<?> c : Observation.class.getPermittedSubclasses()) {
            types.add(c.getSimpleName());
        }
        for (Class<?> c : List.of(Param.class, WatchedCommodity.class, WatchedPort.class, Theatre.class, Today.class,
                ClosedAlert.class, ListedVessel.class, ReportedPeriod.class, RailHistory.class, TradeHorizon.class,
                EventHorizon.class, ListedEntity.class, Deployment.class, Shipment.class, ShipmentSeries.class,
                ShipmentSeries.Episode.class)) {
            types.add(c.getSimpleName());
        }
        return Set.copyOf(types);
    }
}
