package org.sanctionswatch.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Trade flows share one instance of each code and source they repeat, whichever way they were built. */
class CanonicalTests {

    private static TradeFlow flow(String period) {
        // New strings each time, as a parser makes them.
        Source source = new Source(new String("UN Comtrade"), null, new String("A"), 1, null);
        return new TradeFlow(null, new String("DPRK-CHINA"), source, Instant.parse("2025-01-01T00:00:00Z"),
                new String("CHN"), new String("PRK"), new String("EXPORT"), new String("2713"), new String(period),
                true, 0, 1.0, null, null);
    }

    @Test
    void twoFlowsBuiltApartShareTheirCodesAndTheirSource() {
        TradeFlow a = flow("2024-06");
        TradeFlow b = flow("2024-06");
        assertThat(b.reporter()).isSameAs(a.reporter());
        assertThat(b.partner()).isSameAs(a.partner());
        assertThat(b.flow()).isSameAs(a.flow());
        assertThat(b.commodity()).isSameAs(a.commodity());
        assertThat(b.period()).isSameAs(a.period());
        assertThat(b.theatre()).isSameAs(a.theatre());
        assertThat(b.source()).isSameAs(a.source());
        assertThat(b.source().name()).isSameAs(a.source().name());
        TradeFlow enveloped = b.withEnvelope("b", new String("DPRK-CHINA"), Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(enveloped.theatre()).isSameAs(a.theatre());
    }

    @Test
    void aSourceWithALongTextIsNotKeptInTheTable() {
        String citation = "c".repeat(Canonical.LONGEST + 1);
        Source a = new Source("UN Comtrade", null, "A", 1, new String(citation));
        Source b = new Source("UN Comtrade", null, "A", 1, new String(citation));
        assertThat(b).isEqualTo(a).isNotSameAs(a);
        assertThat(b.name()).isSameAs(a.name());
    }

    @Test
    void atItsLimitATableStartsOverAndSharesWhatItMeetsAgain() {
        Canonical table = new Canonical(2);
        String first = table.text(new String("CHN"));
        assertThat(table.text(new String("CHN"))).isSameAs(first);
        table.text(new String("PRK"));
        String third = new String("RUS");
        assertThat(table.text(third)).as("the table is full: it starts over with this one").isSameAs(third);
        assertThat(table.text(new String("RUS"))).isSameAs(third);
        String again = table.text(new String("CHN"));
        assertThat(again).as("forgotten when the table started over").isNotSameAs(first);
        assertThat(table.text(new String("CHN"))).isSameAs(again);
        assertThat(table.text(null)).isNull();
        String longText = "x".repeat(Canonical.LONGEST + 1);
        assertThat(new Canonical(10).text(longText)).isSameAs(longText);
    }
}
