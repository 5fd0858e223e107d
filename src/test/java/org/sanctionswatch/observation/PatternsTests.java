package org.sanctionswatch.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

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
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> any = Arbitraries.strings().withChars("0159AFGZafgz_.:-+eE \u0663\u00c9").ofMaxLength(12);
        Arbitrary<String> numeric = Arbitraries.strings().withChars("0123456789.eE+-").ofMaxLength(40);
        Arbitrary<String> long_ = Arbitraries.strings().withChars("aZ09._:-").ofMinLength(35).ofMaxLength(102);
        return Arbitraries.oneOf(any, numeric, long_, Arbitraries.of("2024", "2024-08", "202408", "2713",
                "271311", "27131100", "2713110000", "271311000000", "PRK", "W00", "_", "A", "f", "6", "7",
                "9876543", "12.5e+10", "-0.5", "1e1234", "1.", ".5", "", "CODE_1"));
    }

    @Property(tries = 3000)
    void eachCheckAcceptsExactlyWhatItsExpressionMatches(@ForAll("texts") String text) {
        for (Patterns.Shape shape : shapes()) {
            assertThat(Patterns.is(shape, text)).as("%s on \"%s\"", shape.regex(), text)
                    .isEqualTo(Pattern.compile(shape.regex()).matcher(text).matches());
        }
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
