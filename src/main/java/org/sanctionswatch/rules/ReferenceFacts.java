package org.sanctionswatch.rules;

import java.util.List;
import java.util.Map;

/**
 * Facts that are not observations but that rules look things up in (sanctions-list vessels), by group. The engine
 * asks for all of them when it rebuilds its session; a group is replaced whole with {@link RuleEngine#replaceReference}.
 */
public interface ReferenceFacts {

    /** Every group's current facts. */
    Map<String, List<Object>> current();
}
