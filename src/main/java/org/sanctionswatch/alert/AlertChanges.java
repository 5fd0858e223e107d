package org.sanctionswatch.alert;

/** What applying a batch of findings did to the stored alerts. */
public record AlertChanges(int raised, int updated, int cleared) {

    public static final AlertChanges NONE = new AlertChanges(0, 0, 0);

    public AlertChanges plus(AlertChanges other) {
        return new AlertChanges(raised + other.raised, updated + other.updated, cleared + other.cleared);
    }
}
