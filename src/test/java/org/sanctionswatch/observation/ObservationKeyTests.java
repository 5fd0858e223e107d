package org.sanctionswatch.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanctionswatch.fact.Observation;
import org.sanctionswatch.parameters.ParameterFiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The store over a real H2 file with the real migrations, with runs of three keys so that a load of thirteen rows in
 * parts of two writes its keys in several runs and the last one just before the commit: every row gets its key, a
 * second load finds them all, and a load that fails after a run was written leaves neither rows nor keys.
 */
class ObservationKeyTests {

    @TempDir
    Path dir;

    private JdbcTemplate jdbc;
    private ObservationStore store;
    private List<Prepared> rows;

    @BeforeEach
    void open() throws Exception {
        SingleConnectionDataSource data = new SingleConnectionDataSource("jdbc:h2:file:" + dir.resolve("db"), "sa", "",
                true);
        Flyway.configure().dataSource(data).load().migrate();
        jdbc = new JdbcTemplate(data);
        store = new ObservationStore(jdbc, new TransactionTemplate(new DataSourceTransactionManager(data)),
                JsonMapper.builder().build(), 3);
        rows = ImportBench.parse(List.of(SyntheticData.trade(dir.resolve("trade.csv"), 13, 7)),
                ParameterFiles.read(Path.of("rules/parameters.json")));
        assertThat(rows).hasSize(13);
    }

    /** Gives the rows in parts of two; throws instead of the part after {@code failAfter} rows, if given. */
    private ObservationStore.Source inParts(List<Prepared> items, int failAfter) {
        Iterator<Prepared> it = items.iterator();
        int[] given = {0};
        return () -> {
            if (given[0] == failAfter) {
                throw new IllegalStateException("the body broke off");
            }
            List<Prepared> part = new ArrayList<>();
            while (it.hasNext() && part.size() < 2) {
                part.add(it.next());
            }
            given[0] += part.size();
            return part.isEmpty() ? null : part;
        };
    }

    private ObservationStore.Stored store(List<Prepared> items, int failAfter) {
        return store.store(inParts(items, failAfter), Instant.now(), new ObservationStore.Parts() {
            @Override
            public void written(List<Observation> changed) {
            }

            @Override
            public void beforeCommit() {
            }
        });
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void everyRowOfALoadWrittenInRunsHasItsKey() {
        assertThat(store(rows, -1)).isEqualTo(new ObservationStore.Stored(13, 0, 0));
        assertThat(count("select count(*) from observation_key k join observation o on o.row_id = k.row_id "
                + "and o.id = k.id and o.version = k.version")).isEqualTo(13);
        assertThat(count("select count(*) from observation")).isEqualTo(13);

        // The same rows again are duplicates, found by their keys; three of them changed are second versions.
        assertThat(store(rows, -1)).isEqualTo(new ObservationStore.Stored(0, 13, 0));
        List<Prepared> changed = new ArrayList<>(rows);
        for (int i : new int[] {0, 5, 12}) {
            changed.set(i, new Prepared(rows.get(i).observation(), "changed"));
        }
        assertThat(store(changed, -1)).isEqualTo(new ObservationStore.Stored(0, 10, 3));
        String revised = rows.get(5).observation().id();
        assertThat(store.versions(revised)).extracting(ObservationStore.StoredVersion::current)
                .containsExactly(false, true);
        assertThat(count("select count(*) from observation where current_ = true")).isEqualTo(13);
        assertThat(count("select max(row_id) from observation")).isEqualTo(16);
        // The last row's revision was the one key of the load's last write, just before its commit.
        assertThat(store.versions(rows.get(12).observation().id())).hasSize(2);
        assertThat(store.current(revised)).isPresent();
    }

    @Test
    void aLoadThatFailsAfterARunOfKeysLeavesNothing() {
        assertThatThrownBy(() -> store(rows, 8)).hasMessageContaining("broke off");
        assertThat(count("select count(*) from observation")).isZero();
        assertThat(count("select count(*) from observation_key")).isZero();

        assertThat(store(rows, -1).accepted()).isEqualTo(13);
        assertThat(count("select min(row_id) from observation")).isOne();
    }
}
