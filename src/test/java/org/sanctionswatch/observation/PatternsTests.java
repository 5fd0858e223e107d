package org.sanctionswatch.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.sanctionswatch.testing.Gens;

/** Every shape's hand-written check accepts exactly what its regular expression matches. */
class PatternsTests {

    static List<Patterns.Shape> shapes() {
        List<Patterns.Shape> shapes = new ArrayList<>();
        for (Field f : Patterns.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Patterns.Shape.class) {
                try {
                    shapes.add((Patterns.Shape) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return shapes;
    }

    /**
     * Texts from the characters the shapes tell apart (and a Unicode digit, which {@code \d} does not match), of the
     * lengths around their limits; some built from a valid text with one character changed.
     */
    private static Gen<String> texts() {
        Gen<String> any = Gens.of("0159AFGZafgz_.:-+eE \u0663\u00c9", 0, 12);
        Gen<String> numeric = Gens.of("0123456789.eE+-", 0, 40);
        Gen<String> long_ = Gens.of("aZ09._:-", 35, 102);
        return Generate.oneOf(any, numeric, long_, Gens.pick("2024", "2024-08", "202408", "2713",
                "271311", "27131100", "2713110000", "271311000000", "PRK", "W00", "_", "A", "f", "6", "7",
                "9876543", "12.5e+10", "-0.5", "1e1234", "1.", ".5", "", "CODE_1"));
    }

    @Test
    void eachCheckAcceptsExactlyWhatItsExpressionMatches() {
        qt().withExamples(3000).forAll(texts()).checkAssert(text -> {
            for (Patterns.Shape shape : shapes()) {
                assertThat(Patterns.is(shape, text)).as("%s on \"%s\"", shape.regex(), text)
                        .isEqualTo(Pattern.compile(shape.regex()).matcher(text).matches());
            }
        });
    }

    @Test
    void everyShapeIsHeldToItsExpression() {
        assertThat(shapes()).hasSize(13);
        assertThat(Patterns.is(Patterns.HS_CODE, "271311")).isTrue();
        assertThat(Patterns.is(Patterns.HS_CODE, "27131")).isFalse();
        assertThat(Patterns.is(Patterns.DECIMAL, "12.5e+10")).isTrue();
        assertThat(Patterns.is(Patterns.DECIMAL, "12.5e")).isFalse();
        assertThat(Patterns.is(Patterns.COUNTRY_CODE, "\u0663")).isFalse();
    }
}
