package org.sanctionswatch.fact;

import java.util.ArrayList;
import java.util.List;

/**
 * A theatre of concern, defined by its parties and what belongs to it: an event between its parties (every country
 * it involves is a party), an event a loader filed under it, and what its {@link TheatreClause clauses} name, such
 * as a third country's trade with a party in an input to that party's munitions production.
 */
public record Theatre(String id, String name, List<String> countries, List<TheatreClause> clauses) {

    public static final String ESCALATION = "ESCALATION";
    public static final String SANCTIONS = "SANCTIONS";
    public static final String CONTEXT = "CONTEXT";

    public Theatre {
        countries = List.copyOf(countries);
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }

    public Theatre(String id, String name, List<String> countries) {
        this(id, name, countries, List.of());
    }

    /** True when every country the scope involves is a party (and it involves at least one). */
    public boolean between(Scope s) {
        return !s.parties().isEmpty() && countries.containsAll(s.parties());
    }

    /** The first clause that names the scope, or null. */
    public TheatreClause clauseFor(Scope s) {
        return clauses.stream().filter(c -> c.covers(s)).findFirst().orElse(null);
    }

    /** True when an observation of this scope belongs to the theatre, whatever it was filed under. */
    public boolean covers(Scope s) {
        return between(s) || clauseFor(s) != null;
    }

    /**
     * Where a finding belongs in this theatre, as a list of none or one: between the parties, or by a clause; a
     * diplomatic step also where its loader filed it under the theatre (a monitoring body other states set up about
     * a party). Events with a sender and a recipient are placed by the definition alone, whatever they were filed
     * under. A clause limits the measures to its own; a CONTEXT finding feeds none.
     */
    public List<Placement> place(Finding f) {
        Scope s = f.scope();
        if (s == null) {
            return id.equals(f.theatre()) ? List.of(placed(f, measures(f, null), "filed under " + id)) : List.of();
        }
        List<String> all = new ArrayList<>();
        String reason;
        if (between(s)) {
            reason = "an event between its parties (" + String.join(", ", s.parties()) + ")";
            all.addAll(measures(f, null));
        } else if (clauseFor(s) != null) {
            TheatreClause c = clauseFor(s);
            reason = "named in its definition: " + c.because(s);
            all.addAll(measures(f, c.measure()));
        } else if (ObservationType.DIPLOMATIC_EVENT.name().equals(s.type()) && id.equals(s.filed())) {
            reason = "filed under " + id + " by its loader (" + String.join(", ", s.parties()) + ")";
            all.addAll(measures(f, null));
        } else {
            return List.of();
        }
        return List.of(placed(f, all, reason));
    }

    private Placement placed(Finding f, List<String> measures, String reason) {
        return new Placement(id, f.dedupKey(), f.ruleId(), f, List.copyOf(measures), reason);
    }

    /** Both measures, or the clause's only; none for a CONTEXT finding or a CONTEXT clause. */
    private static List<String> measures(Finding f, String only) {
        if (Finding.CONTEXT.equals(f.category()) || CONTEXT.equals(only)) {
            return List.of();
        }
        return only == null ? List.of(ESCALATION, SANCTIONS) : List.of(only);
    }
}
