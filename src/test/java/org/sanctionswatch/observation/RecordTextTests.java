package org.sanctionswatch.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.Source;
import org.sanctionswatch.fact.TradeFlow;
import org.sanctionswatch.system.Sha256;

/**
 * An observation's content hash is the hash of its record text, and hashes stored by earlier loads were of the
 * record's own {@code toString}: the faster text must be that text to the character, for every type and value.
 */
class RecordTextTests {

    @Provide
    Arbitrary<Observation> observations() {
        List<Arbitrary<Observation>> types = new ArrayList<>();
        for (Class<?> type : Observation.class.getPermittedSubclasses()) {
            types.add(of(type));
        }
        return Arbitraries.oneOf(types);
    }

    @Property(tries = 2000)
    void isTheTextOfTheRecordsOwnToString(@ForAll("observations") Observation o) {
        assertThat(RecordText.of((Record) o)).isEqualTo(o.toString());
    }

    /** The text is pinned here too: a Java release that wrote records another way would not change stored hashes. */
    @Test
    void writesComponentsByNameInOrderWithRecordsInsideWrittenAlike() {
        TradeFlow flow = new TradeFlow(null, "DPRK-RUSSIA", new Source("UN Comtrade", null, "A", 2, "50% of it"),
                null, "CHN", "PRK", "EXPORT", "2713", "2024-08", true, 2024 * 12 + 7, 1234.5, null, "n");

        String text = RecordText.of(flow);

        assertThat(text).isEqualTo("TradeFlow[id=null, theatre=DPRK-RUSSIA, source=Source[name=UN Comtrade, url=null, "
                + "reliability=A, credibility=2, citation=50% of it, relays=null], reportedAt=null, reporter=CHN, partner=PRK, "
                + "flow=EXPORT, commodity=2713, period=2024-08, monthly=true, periodIndex=24295, valueUsd=1234.5, "
                + "netWeightKg=null, notes=n]");
        // Stored hashes predate sources that relay others: one that relays none hashes as it did then.
        assertThat(Batch.hash(flow)).isEqualTo(Sha256.hex(text.replace(", relays=null]", "]")));
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Observation> of(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        List<Arbitrary<Object>> values = new ArrayList<>();
        Class<?>[] parameters = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            parameters[i] = components[i].getType();
            values.add((Arbitrary<Object>) valueOf(components[i].getGenericType()));
        }
        Constructor<?> canonical;
        try {
            canonical = type.getDeclaredConstructor(parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        return Combinators.combine(values).as(args -> {
            try {
                return (Observation) canonical.newInstance(args.toArray());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Arbitrary<?> valueOf(Type type) {
        if (type == String.class) {
            return text();
        }
        if (type == Source.class) {
            return Combinators.combine(text().injectNull(0.0), text(), Arbitraries.of("A", "C", "F"),
                    Arbitraries.integers().between(1, 6), text()).as(Source::new);
        }
        if (type == Instant.class) {
            return Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L)
                    .map(s -> Instant.ofEpochSecond(s, Math.floorMod(s, 7) * 1_000_000)).injectNull(0.3);
        }
        if (type == LocalDate.class) {
            return Arbitraries.integers().between(-40_000, 60_000).map(d -> LocalDate.ofEpochDay(d)).injectNull(0.2);
        }
        if (type == int.class) {
            return Arbitraries.integers();
        }
        if (type == Integer.class) {
            return Arbitraries.integers().injectNull(0.3);
        }
        if (type == boolean.class) {
            return Arbitraries.of(true, false);
        }
        if (type == double.class || type == Double.class) {
            Arbitrary<Double> d = Arbitraries.oneOf(Arbitraries.doubles(), Arbitraries.of(0.0, -0.0, 1e-7, 1e7,
                    123456789.125, 1e21, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE));
            return type == Double.class ? d.injectNull(0.3) : d;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return Arbitraries.strings().withChars("ABCKPRU").ofMaxLength(3).list().ofMaxSize(4);
        }
        throw new IllegalStateException("no values for a component of type " + type);
    }

    /** Texts with the characters a format string or a record's text treats specially, and some beyond Latin-1. */
    private static Arbitrary<String> text() {
        return Arbitraries.strings().withChars("aZ09 ,=[]%$sn\\{}\"'\u00e9\u4e2d\u0663").ofMaxLength(12)
                .injectNull(0.25);
    }
}
