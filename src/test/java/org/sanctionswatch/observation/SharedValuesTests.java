package org.sanctionswatch.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctionswatch.fact.TradeFlow;
import tools.jackson.databind.json.JsonMapper;

/** Rows of one load share their repeated values, so that a million facts do not carry a million copies of "RUS". */
class SharedValuesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static String row(String period, long value) {
        return """
                {"type": "TRADE_FLOW", "reporter": "CHN", "partner": "PRK", "flow": "EXPORT", "commodity": "2713",
                 "period": "%s", "valueUsd": %d,
                 "source": {"name": "UN Comtrade", "reliability": "A", "credibility": 2}}
                """.formatted(period, value);
    }

    @Test
    void twoRowsOfOneLoadShareCodesPeriodsAndSource() {
        ObservationReader reader = new ObservationReader(Set.of("DPRK-RUSSIA"));
        ObservationReader.Problems none = (field, value, reason) -> {
            throw new AssertionError(field + ": " + reason);
        };
        TradeFlow a = (TradeFlow) reader.read(JSON.readTree(row("2024-01", 100)), none);
        TradeFlow b = (TradeFlow) reader.read(JSON.readTree(row("2024-01", 200)), none);

        assertThat(b.reporter()).isSameAs(a.reporter());
        assertThat(b.partner()).isSameAs(a.partner());
        assertThat(b.commodity()).isSameAs(a.commodity());
        assertThat(b.period()).isSameAs(a.period());
        assertThat(b.source()).isSameAs(a.source());
        assertThat(b.valueUsd()).isEqualTo(200);
    }
}
