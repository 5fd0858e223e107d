package org.sanctionswatch.fact;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Lists held in text parameters, items separated by {@code ;} (for example {@code "ICBM;SPACE"}), and the two ways
 * rules look things up in them. Blank items are ignored; comparison ignores case and surrounding spaces.
 */
public final class TextList {

    private TextList() {
    }

    public static List<String> items(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return Arrays.stream(list.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** True when {@code code} is one of the items: {@code contains("ICBM;SPACE", "space")}. */
    public static boolean contains(String list, String code) {
        if (code == null) {
            return false;
        }
        String c = code.strip();
        return items(list).stream().anyMatch(item -> item.equalsIgnoreCase(c));
    }

    /** The first item that occurs in {@code text} as a word or phrase, or null: "Kursk" in "Kursk oblast, Russia". */
    public static String mentioned(String list, String text) {
        if (text == null) {
            return null;
        }
        String t = " " + words(text) + " ";
        for (String item : items(list)) {
            if (t.contains(" " + words(item) + " ")) {
                return item;
            }
        }
        return null;
    }

    /** True when one of the items occurs in {@code text} as a word or phrase. */
    public static boolean mentions(String list, String text) {
        return mentioned(list, text) != null;
    }

    private static String words(String s) {
        return s.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
