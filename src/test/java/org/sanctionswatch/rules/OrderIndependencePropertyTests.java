package org.sanctionswatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Loading the fixture that fires every rule in any order, split into any number of batches with a firing after
 * each, ends with the same findings: windows and baselines are judged on event time, not on arrival.
 */
class OrderIndependencePropertyTests {

    @Provide
    Arbitrary<List<Object>> orders() {
        return Arbitraries.shuffle(OrderIndependenceRuleTests.FACTS);
    }

    @Property(tries = 40)
    void anyOrderAndAnySplitGiveTheSameFindings(@ForAll("orders") List<Object> order,
            @ForAll @IntRange(min = 1, max = 12) int batches) {
        assertThat(OrderIndependenceRuleTests.judge(order, batches))
                .isEqualTo(OrderIndependenceRuleTests.IN_ORDER);
    }
}
