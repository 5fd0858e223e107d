package org.sanctionswatch.parameters;

/** The one place that says whether a number fits a parameter's type and range. */
final class Ranges {

    private Ranges() {
    }

    /** Null when fine, else the reason. */
    static String check(String type, double value, Double min, Double max) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "must be a finite number";
        }
        if (type.equals("integer") && value != Math.rint(value)) {
            return value + " is not a whole number";
        }
        if (min != null && value < min) {
            return value + " is below the minimum " + min;
        }
        if (max != null && value > max) {
            return value + " is above the maximum " + max;
        }
        return null;
    }
}
