package org.sanctionswatch.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sanctionswatch.parameters.ParameterFiles;
import org.sanctionswatch.parameters.ParameterSet;
import org.sanctionswatch.parameters.ParameterSpec;

/** Which parameter keys and lists a candidate changes, which decides the rule groups a backtest judges. */
class CandidateChangesTests {

    private static final ParameterSet DEFAULTS = ParameterFiles.read(Path.of("rules/parameters.json"));

    @Test
    void namesTheKeysWhoseValuesDiffer() {
        assertThat(Backtester.changedKeys(DEFAULTS, DEFAULTS)).contains(Set.of());
        assertThat(Backtester.changedKeys(DEFAULTS, DEFAULTS.withNumber("TRADE-001.ratio", 3)
                .withText("MIL-003.minGrade", "B2"))).contains(Set.of("TRADE-001.ratio", "MIL-003.minGrade"));
        assertThat(Backtester.changedTypes(DEFAULTS, DEFAULTS.withNumber("TRADE-001.ratio", 3))).isEmpty();
    }

    @Test
    void aKeyDeclaredTwiceCountsBothValues() {
        ParameterSpec ratio = DEFAULTS.byKey().get("TRADE-001.ratio");
        List<ParameterSpec> twice = new ArrayList<>(DEFAULTS.parameters());
        twice.add(new ParameterSpec(ratio.key(), ratio.type(), ratio.unit(), ratio.min(), ratio.max(),
                ratio.description(), 7.0, ratio.text()));
        ParameterSet current = new ParameterSet(twice, DEFAULTS.watchlist(), DEFAULTS.watchedPorts(),
                DEFAULTS.theatres());

        // The candidate's one value equals the current set's last, but the rules saw two Param facts before.
        assertThat(Backtester.changedKeys(current, current.withNumber("TRADE-001.ratio", 7.0)))
                .contains(Set.of("TRADE-001.ratio"));
    }

    @Test
    void aDeclaredKeyMoreOrLessLeavesNothingToCompare() {
        List<ParameterSpec> fewer = DEFAULTS.parameters().subList(1, DEFAULTS.parameters().size());
        ParameterSet candidate = new ParameterSet(fewer, DEFAULTS.watchlist(), DEFAULTS.watchedPorts(),
                DEFAULTS.theatres());

        assertThat(Backtester.changedKeys(DEFAULTS, candidate)).isEmpty();
    }

    @Test
    void namesTheListsThatDiffer() {
        ParameterSet candidate = DEFAULTS.withWatchlist(DEFAULTS.watchlist().subList(1, DEFAULTS.watchlist().size()));

        assertThat(Backtester.changedTypes(DEFAULTS, candidate)).containsExactly("WatchedCommodity");
    }
}
