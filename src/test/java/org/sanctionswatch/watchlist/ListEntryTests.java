package org.sanctionswatch.watchlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListEntryTests {

    @Test
    void matchesProgrammeByPrefix() {
        ListEntry entry = entry(List.of("DPRK3", "RUSSIA-EO14024"));

        assertThat(entry.inProgramme("DPRK")).isTrue();
        assertThat(entry.inProgramme("RUSSIA")).isTrue();
        assertThat(entry.inProgramme("IRAN")).isFalse();
        assertThat(entry.inProgramme("")).isFalse();
        assertThat(entry.inProgramme(null)).isFalse();
    }

    @Test
    void copiesListsAndTreatsNullAsEmpty() {
        List<String> programmes = new ArrayList<>(List.of("DPRK"));
        ListEntry entry = entry(programmes);
        programmes.add("IRAN");

        assertThat(entry.programmes()).containsExactly("DPRK");
        assertThat(entry.aliases()).isEmpty();
        assertThatThrownBy(() -> entry.programmes().add("X")).isInstanceOf(UnsupportedOperationException.class);
    }

    private static ListEntry entry(List<String> programmes) {
        return new ListEntry(ListEntry.OFAC_SDN, "1", "X", null, ListEntry.VESSEL, programmes,
                null, null, null, null, null);
    }
}
