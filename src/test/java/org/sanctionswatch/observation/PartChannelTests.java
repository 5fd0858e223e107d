package org.sanctionswatch.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.sanctionswatch.fact.RailTraffic;
import org.sanctionswatch.fact.Source;
import org.sanctionswatch.parameters.ParameterFiles;
import org.sanctionswatch.system.ItemError;

/** The hand-over of a load's parts between the thread reading its body and the thread writing it. */
class PartChannelTests {

    private static Batch batch() {
        return new Batch(ParameterFiles.read(Path.of("rules/parameters.json")), Instant.parse("2025-01-01T00:00:00Z"));
    }

    private static RailTraffic count(int day, int railcars) {
        return new RailTraffic(null, null, new Source("Test", null, "B", 2, null), null, "TUMANGANG-KHASAN",
                java.time.LocalDate.of(2024, 1, 1).plusDays(day), railcars, "PRK->RUS", List.of("PRK", "RUS"), null);
    }

    private static void add(Batch batch, RailTraffic o, int line) {
        batch.received();
        batch.add(o, "line " + line, reason -> ItemError.atLine(line, null, null, null, reason));
    }

    @Test
    void aBatchHandsOnFullPartsAsItReadsAndKeepsTheRest() {
        Batch batch = batch();
        List<List<Prepared>> parts = new ArrayList<>();
        batch.handPartsTo(parts::add, 3);
        for (int day = 0; day < 7; day++) {
            add(batch, count(day, 10), day + 2);
        }
        assertThat(parts).extracting(List::size).containsExactly(3, 3);
        assertThat(batch.items()).hasSize(1);
    }

    @Test
    void aBatchHandsNothingOnOnceAnItemIsBad() {
        Batch batch = batch();
        List<List<Prepared>> parts = new ArrayList<>();
        batch.handPartsTo(parts::add, 2);
        add(batch, count(0, 10), 2);
        add(batch, count(0, 99), 3); // the same crossing, direction and day with another count: a conflict
        for (int day = 1; day < 6; day++) {
            add(batch, count(day, 10), day + 3);
        }
        assertThat(batch.errorCount()).isEqualTo(1);
        assertThat(batch.errors().get(0).reason()).contains("appears earlier in this batch at line 2");
        assertThat(parts).isEmpty();
    }

    @Test
    void theWriterTakesEveryPartInOrderThenTheEnd() throws Exception {
        PartChannel channel = new PartChannel();
        CompletableFuture<List<Integer>> writer = CompletableFuture.supplyAsync(() -> {
            List<Integer> sizes = new ArrayList<>();
            for (List<Prepared> part = channel.next(); part != null; part = channel.next()) {
                sizes.add(part.size());
            }
            return sizes;
        });
        Prepared one = new Prepared(count(0, 1), "h");
        for (int i = 1; i <= 6; i++) {
            channel.put(java.util.Collections.nCopies(i, one));
        }
        channel.end();
        assertThat(writer.get()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void aCancelledLoadFailsTheWritersNextTake() {
        PartChannel channel = new PartChannel();
        channel.put(List.of(new Prepared(count(0, 1), "h")));
        channel.cancel();
        assertThatThrownBy(channel::next).hasMessageContaining("refused or failed");
    }

    @Test
    void aWriterThatStoppedStopsTheReaderOnceTheWaitingPartsAreFull() {
        PartChannel channel = new PartChannel();
        channel.writerDone();
        Prepared one = new Prepared(count(0, 1), "h");
        assertThatThrownBy(() -> {
            for (int i = 0; i < 10; i++) {
                channel.put(List.of(one));
            }
        }).isInstanceOf(PartChannel.WriterStopped.class);
    }
}
