package org.sanctionswatch.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.fact.Source;
import org.sanctionswatch.fact.TradeFlow;
import org.quicktheories.core.Gen;
import org.sanctionswatch.system.Sha256;
import org.sanctionswatch.testing.Gens;

/**
 * An observation's content hash is the hash of its record text, and hashes stored by earlier loads were of the
 * record's own {@code toString}: the faster text must be that text to the character, for every type and value.
 */
class RecordTextTests {

    private static final Gen<Observation> OBSERVATIONS = observations();

    private static Gen<Observation> observations() {
        List<Gen<Observation>> types = new ArrayList<>();
        for (Class<?> type : Observation.class.getPermittedSubclasses()) {
            types.add(of(type));
        }
        return integers().between(0, types.size() - 1).flatMap(types::get);
    }

    @Test
    void isTheTextOfTheRecordsOwnToString() {
        qt().withExamples(2000).forAll(OBSERVATIONS)
                .checkAssert(o -> assertThat(RecordText.of((Record) o)).isEqualTo(o.toString()));
    }

    /** The text is pinned here too: a Java release that wrote records another way would not change stored hashes. */
    @Test
    void writesComponentsByNameInOrderWithRecordsInsideWrittenAlike() {
        TradeFlow flow = new TradeFlow(null, "DPRK-RUSSIA", new Source("UN Comtrade", null, "A", 2, "50% of it"),
                null, "CHN", "PRK", "EXPORT", "2713", "2024-08", true, 2024 * 12 + 7, 1234.5, null, "n");

        String text = RecordText.of(flow);

        assertThat(text).isEqualTo("TradeFlow[id=null, theatre=DPRK-RUSSIA, source=Source[name=UN Comtrade, url=null, "
                + "reliability=A, credibility=2, citation=50% of it, relays=null], reportedAt=null, reporter=CHN, "
                + "partner=PRK, flow=EXPORT, commodity=2713, period=2024-08, monthly=true, periodIndex=24295, "
                + "valueUsd=1234.5, netWeightKg=null, notes=n]");
        // Stored hashes predate sources that relay others: one that relays none hashes as it did then.
        assertThat(Batch.hash(flow)).isEqualTo(Sha256.hex(text.replace(", relays=null]", "]")));
    }

    private static Gen<Observation> of(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        List<Gen<?>> values = new ArrayList<>();
        Class<?>[] parameters = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            parameters[i] = components[i].getType();
            values.add(valueOf(components[i].getGenericType()));
        }
        Constructor<?> canonical;
        try {
            canonical = type.getDeclaredConstructor(parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        return Gens.all(values).map(args -> {
            try {
                return (Observation) canonical.newInstance(args.toArray());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Gen<?> valueOf(Type type) {
        if (type == String.class) {
            return text();
        }
        if (type == Source.class) {
            return text().zip(text(), Gens.pick("A", "C", "F"), integers().between(1, 6), text(),
                    (name, url, reliability, credibility, citation) -> new Source(name == null ? "" : name, url,
                            reliability, credibility, citation)).zip(text(), (source, relays) -> new Source(
                                    source.name(), source.url(), source.reliability(), source.credibility(),
                                    source.citation(), relays));
        }
        if (type == org.sanctionswatch.fact.PortCall.Company.class) {
            return Gens.orNull(text().zip(text(), org.sanctionswatch.fact.PortCall.Company::new), 40);
        }
        if (type == Instant.class) {
            return Gens.orNull(longs().between(-10_000_000_000L, 10_000_000_000L)
                    .map(s -> Instant.ofEpochSecond(s, Math.floorMod(s, 7) * 1_000_000)), 30);
        }
        if (type == LocalDate.class) {
            return Gens.orNull(integers().between(-40_000, 60_000).map(d -> LocalDate.ofEpochDay(d)), 20);
        }
        if (type == int.class) {
            return integers().all();
        }
        if (type == Integer.class) {
            return Gens.orNull(integers().all(), 30);
        }
        if (type == boolean.class) {
            return Gens.pick(true, false);
        }
        if (type == double.class || type == Double.class) {
            Gen<Double> d = doubles().any().mix(Gens.pick(0.0, -0.0, 1e-7, 1e7, 123456789.125, 1e21, Double.NaN,
                    Double.POSITIVE_INFINITY, Double.MIN_VALUE), 30);
            return type == Double.class ? Gens.orNull(d, 30) : d;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return lists().of(Gens.of("ABCKPRU", 0, 3)).ofSizeBetween(0, 4);
        }
        throw new IllegalStateException("no values for a component of type " + type);
    }

    /** Texts with the characters a format string or a record's text treats specially, and some beyond Latin-1. */
    private static Gen<String> text() {
        return Gens.orNull(Gens.of("aZ09 ,=[]%$sn\\{}\"'\u00e9\u4e2d\u0663", 0, 12), 25);
    }
}
