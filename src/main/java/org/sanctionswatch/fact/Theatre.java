package org.sanctionswatch.fact;

import java.util.List;

/** A theatre of concern: a named set of countries. An observation involving one of them belongs to it. */
public record Theatre(String id, String name, List<String> countries) {
}
