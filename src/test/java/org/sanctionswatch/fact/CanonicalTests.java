package org.sanctionswatch.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Trade flows share one instance of each code, source and instant they repeat, whichever way they were built. */
class CanonicalTests {

    private static TradeFlow flow(String period) {
        // New strings each time, as a parser makes them.
        Source source = new Source(new String("UN Comtrade"), null, new String("A"), 1, null);
        return new TradeFlow(null, new String("DPRK-CHINA"), source, Instant.parse("2025-01-01T00:00:00Z"),
                new String("CHN"), new String("PRK"), new String("EXPORT"), new String("2713"), new String(period),
                true, 0, 1.0, null, null);
    }

    @Test
    void twoFlowsBuiltApartShareTheirCodesSourceAndReportTime() {
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
        assertThat(b.reportedAt()).isSameAs(a.reportedAt());
        TradeFlow enveloped = b.withEnvelope("b", new String("DPRK-CHINA"), Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(enveloped.theatre()).isSameAs(a.theatre());
        assertThat(enveloped.reportedAt()).isSameAs(a.reportedAt());
    }

    @Test
    void pastItsLimitATableHandsBackNewValuesAsTheyAreAndKeepsSharingTheOldOnes() {
        Canonical table = new Canonical(2);
        String one = table.text(new String("CHN"));
        table.text(new String("PRK"));
        String third = new String("RUS");
        assertThat(table.text(third)).isSameAs(third);
        assertThat(table.text(new String("RUS"))).isNotSameAs(third);
        assertThat(table.text(new String("CHN"))).isSameAs(one);
        assertThat(table.text(null)).isNull();
        String longText = "x".repeat(201);
        assertThat(new Canonical(10).text(longText)).isSameAs(longText);
    }
}
