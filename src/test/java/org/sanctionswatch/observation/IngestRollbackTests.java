package org.sanctionswatch.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.sanctionswatch.parameters.CurrentParameters;
import org.sanctionswatch.parameters.ParameterFiles;
import org.sanctionswatch.system.Limits;
import org.springframework.dao.DataAccessResourceFailureException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-over between the store and the engine around one load, with both isolated: the engine is told to forget
 * what it was given when the store's transaction fails after some parts were written, and to decide alerts when
 * it commits.
 */
class IngestRollbackTests {

    private static final String TWO_ROWS = """
            [{"type": "TROOP_DEPLOYMENT", "date": "2024-10-08", "location": "Kursk", "personnel": 3000,
              "role": "COMBAT", "fromCountry": "PRK", "toCountry": "RUS",
              "source": {"name": "Agency report", "reliability": "B", "credibility": 2}},
             {"type": "TROOP_DEPLOYMENT", "date": "2024-11-08", "location": "Kursk", "personnel": 10000,
              "role": "COMBAT", "fromCountry": "PRK", "toCountry": "RUS",
              "source": {"name": "Agency report", "reliability": "B", "credibility": 2}}]
            """;

    private final ObservationStore store = mock(ObservationStore.class);
    private final ObservationSink sink = mock(ObservationSink.class);
    private final ObservationSink.Judging judging = mock(ObservationSink.Judging.class);
    private final IngestService ingest;

    IngestRollbackTests() {
        CurrentParameters parameters = mock(CurrentParameters.class);
        when(parameters.get()).thenReturn(ParameterFiles.read(Path.of("rules/parameters.json")));
        when(sink.begin()).thenReturn(judging);
        ingest = new IngestService(store, sink, parameters, JsonMapper.builder().build(), Clock.systemUTC(),
                new Limits(null, null, null, null));
    }

    /** A store that writes the first row as one part, then fails or writes the second and commits. */
    private void storeWritesOnePartThen(boolean fail) {
        when(store.store(any(), any(), any())).thenAnswer(call -> {
            List<Prepared> items = ((ObservationStore.Source) call.getArgument(0)).next();
            ObservationStore.Parts parts = call.getArgument(2);
            parts.written(List.of(items.get(0).observation()));
            if (fail) {
                throw new DataAccessResourceFailureException("the disk is full");
            }
            parts.written(List.of(items.get(1).observation()));
            parts.beforeCommit();
            return new ObservationStore.Stored(2, 0, 0);
        });
    }

    @Test
    void aStoreThatFailsAfterAPartTellsTheEngineToForgetIt() {
        storeWritesOnePartThen(true);
        when(judging.abort()).thenReturn(CompletableFuture.completedFuture(ObservationSink.Judgement.NONE));

        assertThatThrownBy(() -> ingest.ingestJson(new ByteArrayInputStream(TWO_ROWS.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(DataAccessResourceFailureException.class);

        verify(judging).add(any());
        verify(judging).abort();
        verify(judging, never()).commit();
    }

    @Test
    void anEngineThatFailedOnAPartMakesTheStoreRollBack() {
        storeWritesOnePartThen(false);
        doThrow(new IllegalStateException("a rule failed")).when(judging).settle();
        when(judging.abort()).thenReturn(CompletableFuture.completedFuture(ObservationSink.Judgement.NONE));

        assertThatThrownBy(() -> ingest.ingestJson(new ByteArrayInputStream(TWO_ROWS.getBytes(StandardCharsets.UTF_8))))
                .hasMessage("a rule failed");

        verify(judging).abort();
        verify(judging, never()).commit();
    }

    @Test
    void aCommittedLoadIsJudgedOnceWithEveryPart() {
        storeWritesOnePartThen(false);
        when(judging.commit()).thenReturn(CompletableFuture.completedFuture(
                new ObservationSink.Judgement(1, 0, 0, List.of())));

        IngestResult result = ingest.ingestJson(new ByteArrayInputStream(TWO_ROWS.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.alertsRaised()).isEqualTo(1);
        verify(sink).begin();
        verify(judging, org.mockito.Mockito.times(2)).add(any());
        verify(judging).settle();
        verify(judging).commit();
        verify(judging, never()).abort();
    }

    /** Troop reports on as many days, one a line: a body of several store parts. */
    private static byte[] reports(int lines) {
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            ndjson.append("{\"type\": \"TROOP_DEPLOYMENT\", \"date\": \"")
                    .append(java.time.LocalDate.of(1990, 1, 1).plusDays(i))
                    .append("\", \"location\": \"Kursk\", \"personnel\": 3000, \"role\": \"COMBAT\", ")
                    .append("\"fromCountry\": \"PRK\", \"toCountry\": \"RUS\", ")
                    .append("\"source\": {\"name\": \"Agency report\", \"reliability\": \"B\", \"credibility\": 2}}\n");
        }
        return ndjson.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a reader left waiting on a failed writer would hang
    void aStoreThatFailsWhileALargeBodyIsStillReadStopsTheReadingAndTellsTheEngineToForget() {
        // 30,000 lines are six parts: the writer fails on the first while the reader still hands on the others.
        when(store.store(any(), any(), any())).thenAnswer(call -> {
            ObservationStore.Source source = call.getArgument(0);
            ObservationStore.Parts parts = call.getArgument(2);
            parts.written(List.of(source.next().get(0).observation()));
            throw new DataAccessResourceFailureException("the disk is full");
        });
        when(judging.abort()).thenReturn(CompletableFuture.completedFuture(ObservationSink.Judgement.NONE));

        assertThatThrownBy(() -> ingest.ingestNdjson(new ByteArrayInputStream(reports(30_000))))
                .isInstanceOf(DataAccessResourceFailureException.class).hasMessage("the disk is full");

        verify(judging).add(any());
        verify(judging).abort();
        verify(judging, never()).commit();
    }
}
