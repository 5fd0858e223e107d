package org.sanctionswatch.parameters;

/**
 * One declared parameter: its value and what values it may take. {@code type} is {@code decimal}, {@code integer} or
 * {@code text}; numbers live in {@code number}, text in {@code text}.
 */
public record ParameterSpec(String key, String type, String unit, Double min, Double max, String description,
        Double number, String text) {
}
