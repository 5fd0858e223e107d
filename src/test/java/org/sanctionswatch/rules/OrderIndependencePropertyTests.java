package org.sanctionswatch.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Loading the fixture that fires every rule in any order, split into any number of batches with a firing after
 * each, ends with the same findings: windows and baselines are judged on event time, not on arrival.
 */
class OrderIndependencePropertyTests {

    @Test
    void anyOrderAndAnySplitGiveTheSameFindings() {
        qt().withExamples(40).forAll(integers().all(), integers().between(1, 12)).checkAssert((seed, batches) -> {
            List<Object> order = new ArrayList<>(OrderIndependenceRuleTests.FACTS);
            Collections.shuffle(order, new Random(seed));
            assertThat(OrderIndependenceRuleTests.judge(order, batches))
                    .isEqualTo(OrderIndependenceRuleTests.IN_ORDER);
        });
    }
}
