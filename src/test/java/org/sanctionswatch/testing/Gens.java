package org.sanctionswatch.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators the property tests share, in QuickTheories' terms. */
public final class Gens {

    private Gens() {
    }

    /** Texts of {@code min} to {@code max} characters, each one of {@code alphabet}'s. */
    public static Gen<String> of(String alphabet, int min, int max) {
        List<Character> chars = alphabet.chars().mapToObj(c -> (char) c).toList();
        return lists().of(Generate.pick(chars)).ofSizeBetween(min, max)
                .map(cs -> cs.stream().map(String::valueOf).collect(Collectors.joining()));
    }

    /** The values of {@code gen}, and null about {@code percent} % of the time. */
    public static <T> Gen<T> orNull(Gen<T> gen, int percent) {
        return percent == 0 ? gen : gen.mix(Generate.constant((T) null), percent);
    }

    /** One of the given values. */
    @SafeVarargs
    public static <T> Gen<T> pick(T... values) {
        return Generate.pick(List.of(values));
    }

    /** Each of a list of generators' values, in order. */
    public static Gen<List<Object>> all(List<Gen<?>> gens) {
        return random -> {
            List<Object> values = new ArrayList<>(gens.size());
            gens.forEach(g -> values.add(g.generate(random)));
            return values;
        };
    }

    /** A prefix of a text, cut at any point: a file truncated in transit. */
    public static Gen<String> truncated(Gen<String> texts) {
        return texts.flatMap(text -> integers().between(0, text.length()).map(cut -> text.substring(0, cut)));
    }
}
