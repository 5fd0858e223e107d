package org.sanctionswatch.parameters;

/**
 * One declared parameter: its value and what values it may take. {@code type} is {@code decimal}, {@code integer},
 * {@code text} or {@code grade} (a minimum source grade such as "C3", or empty); numbers live in {@code number}, text
 * and grades in {@code text}.
 */
public record ParameterSpec(String key, String type, String unit, Double min, Double max, String description,
        Double number, String text) {
}
