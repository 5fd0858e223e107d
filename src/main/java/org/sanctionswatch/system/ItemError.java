package org.sanctionswatch.system;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One bad field or row: {@code index} is the item's position in a JSON batch (from 0), {@code line} the line in a file
 * or NDJSON body (from 1), {@code column} the CSV column (from 1), {@code field} the field or column name.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemError(Integer index, Long line, Integer column, String field, String value, String reason) {

    public static ItemError atIndex(int index, String field, String value, String reason) {
        return new ItemError(index, null, null, field, clip(value), reason);
    }

    public static ItemError atLine(long line, Integer column, String field, String value, String reason) {
        return new ItemError(null, line, column, field, clip(value), reason);
    }

    private static String clip(String value) {
        return value == null || value.length() <= 200 ? value : value.substring(0, 200) + "…";
    }
}
