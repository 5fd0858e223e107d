package org.sanctionswatch.observation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeriodsTests {

    @Test
    void readsYearsAndMonthsInBothSpellings() {
        assertThat(Periods.parse("2011")).isEqualTo(new Periods.Period("2011", false, 2011));
        assertThat(Periods.parse("2024-08")).isEqualTo(new Periods.Period("2024-08", true, 2024 * 12 + 7));
        assertThat(Periods.parse("202408")).isEqualTo(Periods.parse("2024-08"));
    }

    @Test
    void ordersMonthsAcrossYearEnds() {
        assertThat(Periods.parse("2024-01").index() - Periods.parse("2023-12").index()).isEqualTo(1);
    }

    @Test
    void refusesImpossiblePeriods() {
        assertThat(Periods.parse("2024-13")).isNull();
        assertThat(Periods.parse("2024-00")).isNull();
        assertThat(Periods.parse("1850")).isNull();
        assertThat(Periods.parse("24")).isNull();
        assertThat(Periods.parse("2024/08")).isNull();
    }

    @Test
    void readsOnlyPlainDecimalNumbers() {
        assertThat(Numbers.parse("1162113382")).isEqualTo(1.162113382e9);
        assertThat(Numbers.parse(" 12.5 ")).isEqualTo(12.5);
        assertThat(Numbers.parse("1e3")).isEqualTo(1000.0);
        assertThat(Numbers.parse("NaN")).isNull();
        assertThat(Numbers.parse("12d")).isNull();
        assertThat(Numbers.parse("0x1p3")).isNull();
        assertThat(Numbers.parse("12,5")).isNull();
    }
}
