package org.sanctionswatch.watchlist;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.sanctionswatch.fact.ListedEntity;
import org.sanctionswatch.fact.ListedVessel;
import org.sanctionswatch.fact.VesselNames;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** Versions of each sanctions list and their entries. A reload is a new version; the old one is kept. */
@Repository
class WatchlistStore {

    private static final String SEP = "\u001f";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    WatchlistStore(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** One stored version of a list. */
    public record Version(String list, int version, boolean current, Instant loadedAt, int entries, int vessels,
            String sha256) {
    }

    Optional<Version> current(String list) {
        return jdbc.query("select list, version, current_, loaded_at, entry_count, vessel_count, file_sha256 "
                + "from watchlist_version where list = ? and current_ = true", (rs, i) -> version(rs), list)
                .stream().findFirst();
    }

    List<Version> versions() {
        return jdbc.query("select list, version, current_, loaded_at, entry_count, vessel_count, file_sha256 "
                + "from watchlist_version order by list, version", (rs, i) -> version(rs));
    }

    private static Version version(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Version(rs.getString(1), rs.getInt(2), rs.getBoolean(3), rs.getTimestamp(4).toInstant(),
                rs.getInt(5), rs.getInt(6), rs.getString(7));
    }

    /** Stores a new current version of a list, in one transaction. */
    Version store(String list, List<ListEntry> entries, String sha256, Instant loadedAt) {
        return tx.execute(status -> {
            int next = jdbc.queryForObject("select coalesce(max(version), 0) + 1 from watchlist_version where list = ?",
                    Integer.class, list);
            jdbc.update("update watchlist_version set current_ = false where list = ?", list);
            int vessels = (int) entries.stream().filter(ListEntry::isVessel).count();
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.update(con -> {
                var ps = con.prepareStatement("insert into watchlist_version (list, version, current_, loaded_at, "
                        + "entry_count, vessel_count, file_sha256) values (?, ?, true, ?, ?, ?, ?)", new String[] {"ID"});
                ps.setString(1, list);
                ps.setInt(2, next);
                ps.setTimestamp(3, Timestamp.from(loadedAt));
                ps.setInt(4, entries.size());
                ps.setInt(5, vessels);
                ps.setString(6, sha256);
                return ps;
            }, keys);
            long versionId = keys.getKey().longValue();
            Map<String, ListEntry> unique = new LinkedHashMap<>();
            entries.forEach(e -> unique.putIfAbsent(e.entryId(), e));
            List<Object[]> rows = unique.values().stream().map(e -> new Object[] {versionId, e.entryId(),
                    clip(e.name(), 1000), e.entryType(), clip(String.join(SEP, e.programmes()), 1000),
                    e.listedOn() == null ? null : Date.valueOf(e.listedOn()), e.imo(), clip(e.flag(), 200),
                    clip(e.vesselType(), 200), clip(String.join(SEP, e.aliases()), 20000), clip(e.remarks(), 4000)})
                    .toList();
            jdbc.batchUpdate("insert into watchlist_entry (version_id, entry_id, name, entry_type, programmes, "
                    + "listed_on, imo, flag, vessel_type, aliases, remarks) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows);
            return new Version(list, next, true, loadedAt, entries.size(), vessels, sha256);
        });
    }

    /**
     * The vessels and companies of the current version of every list, as rule facts: a {@link ListedVessel} per
     * vessel entry, a {@link ListedEntity} per entity entry (with its IMO company number where the list gives one),
     * and one per company a vessel entry names as "Linked To:", tied through that vessel.
     */
    Map<String, List<Object>> currentVessels() {
        Map<String, List<Object>> byList = new LinkedHashMap<>();
        jdbc.query("select v.list, v.version, e.entry_id, e.name, e.imo, e.programmes, e.aliases, e.entry_type, "
                + "e.listed_on, e.remarks from watchlist_entry e join watchlist_version v on v.id = e.version_id "
                + "where v.current_ = true and e.entry_type in ('VESSEL', 'ENTITY') order by v.list, e.entry_id",
                rs -> {
                    String list = rs.getString(1);
                    String version = list + " v" + rs.getInt(2);
                    String entryId = rs.getString(3);
                    String name = rs.getString(4);
                    List<String> names = normalised(Stream.concat(Stream.of(name), split(rs.getString(7)).stream()));
                    List<String> programmes = split(rs.getString(6));
                    java.sql.Date listedOn = rs.getDate(9);
                    java.time.LocalDate listed = listedOn == null ? null : listedOn.toLocalDate();
                    List<Object> facts = byList.computeIfAbsent(group(list), k -> new ArrayList<>());
                    if (ListEntry.VESSEL.equals(rs.getString(8))) {
                        facts.add(new ListedVessel(list + ":" + entryId, list, version, entryId, name, names,
                                rs.getString(5), programmes, listed));
                        for (String tie : linkedTo(rs.getString(10))) {
                            facts.add(new ListedEntity(list + ":" + entryId + ":" + tie, list, version, entryId, tie,
                                    normalised(Stream.of(tie)), null, programmes, listed,
                                    list + " entry " + entryId + " \"" + name + "\" (Linked To)"));
                        }
                    } else {
                        facts.add(new ListedEntity(list + ":" + entryId, list, version, entryId, name, names,
                                rs.getString(5), programmes, listed, null));
                    }
                });
        return byList;
    }

    private static List<String> normalised(Stream<String> names) {
        return names.map(VesselNames::normalise).filter(n -> n != null && !n.isEmpty()).distinct().toList();
    }

    private static final java.util.regex.Pattern LINKED_TO = java.util.regex.Pattern.compile(
            "Linked To: ([^;]+?)\\.?(?=;|$)");

    /** The companies an OFAC entry's remarks name as "Linked To:". */
    static List<String> linkedTo(String remarks) {
        List<String> ties = new ArrayList<>();
        if (remarks != null) {
            java.util.regex.Matcher m = LINKED_TO.matcher(remarks.strip());
            while (m.find()) {
                ties.add(m.group(1).strip());
            }
        }
        return ties;
    }

    /** Entries of current versions matching an IMO number, a name fragment, a programme prefix or a type. */
    List<ListEntry> search(String list, String imo, String name, String programme, String type, int limit) {
        StringBuilder sql = new StringBuilder("select v.list, e.entry_id, e.name, e.aliases, e.entry_type, "
                + "e.programmes, e.listed_on, e.imo, e.flag, e.vessel_type, e.remarks from watchlist_entry e "
                + "join watchlist_version v on v.id = e.version_id where v.current_ = true");
        List<Object> args = new ArrayList<>();
        if (list != null && !list.isBlank()) {
            sql.append(" and v.list = ?");
            args.add(list.strip());
        }
        if (imo != null && !imo.isBlank()) {
            sql.append(" and e.imo = ?");
            args.add(imo.strip());
        }
        if (name != null && !name.isBlank()) {
            sql.append(" and (upper(e.name) like ? or upper(e.aliases) like ?)");
            String like = "%" + name.strip().toUpperCase(java.util.Locale.ROOT) + "%";
            args.add(like);
            args.add(like);
        }
        if (programme != null && !programme.isBlank()) {
            sql.append(" and (e.programmes like ? or e.programmes like ?)");
            args.add(programme.strip() + "%");
            args.add("%" + SEP + programme.strip() + "%");
        }
        if (type != null && !type.isBlank()) {
            sql.append(" and e.entry_type = ?");
            args.add(type.strip().toUpperCase(java.util.Locale.ROOT));
        }
        sql.append(" order by v.list, e.entry_id limit ?");
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, i) -> new ListEntry(rs.getString(1), rs.getString(2),
                rs.getString(3), split(rs.getString(4)), rs.getString(5), split(rs.getString(6)),
                rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate(), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11)), args.toArray());
    }

    static String group(String list) {
        return "watchlist:" + list;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEP));
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
