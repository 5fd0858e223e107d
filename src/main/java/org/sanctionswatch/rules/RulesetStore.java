package org.sanctionswatch.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sanctionswatch.parameters.ParameterSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Ruleset versions in the database; exactly one is current. */
@Repository
class RulesetStore {

    private static final TypeReference<TreeMap<String, String>> FILES = new TypeReference<>() {
    };
    private static final TypeReference<List<Ruleset.Change>> CHANGES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final JsonMapper json;

    RulesetStore(JdbcTemplate jdbc, TransactionTemplate tx, JsonMapper json) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.json = json;
    }

    Optional<Ruleset> current() {
        return jdbc.query("select * from ruleset_version where current_ = true", (rs, i) -> read(rs)).stream()
                .findFirst();
    }

    Optional<Ruleset> get(int version) {
        return jdbc.query("select * from ruleset_version where version = ?", (rs, i) -> read(rs), version).stream()
                .findFirst();
    }

    List<Ruleset> all() {
        return jdbc.query("select * from ruleset_version order by version desc", (rs, i) -> read(rs));
    }

    /** Stores a new current version, numbered after the last. */
    Ruleset add(String contentHash, Map<String, String> drl, ParameterSet params, String author, String comment,
            java.time.Instant at, List<Ruleset.Change> diff) {
        return tx.execute(status -> {
            int next = jdbc.queryForObject("select coalesce(max(version), 0) + 1 from ruleset_version",
                    Integer.class);
            jdbc.update("update ruleset_version set current_ = false where current_ = true");
            jdbc.update("insert into ruleset_version (version, content_hash, drl_files, parameters, author, comment, "
                    + "created_at, diff, current_) values (?, ?, ?, ?, ?, ?, ?, ?, true)", next, contentHash,
                    json.writeValueAsString(new TreeMap<>(drl)), json.writeValueAsString(params), author, comment,
                    Timestamp.from(at), json.writeValueAsString(diff));
            return new Ruleset(next, contentHash, drl, params, author, comment, at, diff, true);
        });
    }

    private Ruleset read(ResultSet rs) throws SQLException {
        return new Ruleset(rs.getInt("version"), rs.getString("content_hash"),
                json.readValue(rs.getString("drl_files"), FILES),
                json.readValue(rs.getString("parameters"), ParameterSet.class), rs.getString("author"),
                rs.getString("comment"), rs.getTimestamp("created_at").toInstant(),
                json.readValue(rs.getString("diff"), CHANGES), rs.getBoolean("current_"));
    }
}
