package org.sanctionswatch.fact;

/** One tunable parameter as rules see it: {@code Param(key == "TRADE-001.ratio", $ratio : number)}. */
public record Param(String key, double number, String text) {
}
