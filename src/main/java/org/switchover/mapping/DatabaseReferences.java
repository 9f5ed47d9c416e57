package org.switchover.mapping;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.Databases;
import org.switchover.db.SqlResource;
import org.switchover.extract.LegacyIdentifiers;
import org.switchover.load.TargetIdentifiers;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link References} read from the databases of one run. The legacy merge chains are read once;
 * a target table's keys are read the first time a mapping asks for them, which the load order
 * guarantees is after that table has been loaded.
 */
public final class DatabaseReferences implements References {
    /** A merge chain longer than this is treated as a loop. */
    public static final int MAX_MERGE_CHAIN = 100;

    private final ConnectionSpec legacy;
    private final ConnectionSpec target;
    private final org.switchover.project.TableCatalog catalog;
    /** The declared person: its legacy merges give the chains, its target the person ids. */
    private volatile PersonMapping person;
    /** Target keys by table, then by fetched column ("" for the key itself): two lookups, no key built per row. */
    private final Map<String, Map<String, Map<String, String>>> tables = new ConcurrentHashMap<>();
    private final Map<MappingFile.LegacyLookup, Map<String, String>> legacyTables = new ConcurrentHashMap<>();
    private volatile Map<String, Chain> chains;
    private volatile Map<String, String> survivors;
    /** Legacy person key to the loaded person id of its survivor: one lookup per row instead of two. */
    private volatile Map<String, String> personIds;

    public DatabaseReferences(ConnectionSpec legacy, ConnectionSpec target, org.switchover.project.TableCatalog catalog) {
        this.legacy = legacy;
        this.target = target;
        this.catalog = catalog;
    }

    /**
     * Drops every map read so far (the merge chains and target keys run to hundreds of MB on a county's
     * data), so the reconciliation that follows a migration has the heap; a later lookup reads again.
     */
    public synchronized void release() {
        tables.clear();
        legacyTables.clear();
        chains = null;
        survivors = null;
        personIds = null;
    }

    @Override
    public void declare(PersonMapping declared) {
        PersonMapping known = person;
        if (known == null) {
            person = declared;
        } else if (!known.equals(declared)) {
            throw new IllegalStateException("these references serve the person " + known + ", not " + declared);
        }
    }

    private PersonMapping person() {
        PersonMapping declared = person;
        if (declared == null) {
            throw new IllegalStateException("no mapping declares 'role: person', so there are no persons or merge chains to look up");
        }
        return declared;
    }

    @Override
    public Chain chain(String personKey) {
        loadChains();
        Chain chain = personKey == null ? null : chains.get(personKey.trim());
        return chain == null ? Chain.MISSING : chain;
    }

    @Override
    public String lookup(String reference, String fetch, String key) {
        return keys(reference, fetch).get(key.trim());
    }

    /** Reads the legacy lookup table once per run; a code is matched trimmed. */
    @Override
    public Lookup legacyLookup(MappingFile.LegacyLookup table) {
        Map<String, String> codes = legacyTables.computeIfAbsent(table, this::readLegacyTable);
        return key -> codes.get(key.trim());
    }

    private Map<String, String> readLegacyTable(MappingFile.LegacyLookup table) {
        String sql = SqlResource.load("sql/lookup/legacy_lookup.legacy.sql").statements().get(0)
                .replace("{table}", LegacyIdentifiers.quote(table.table(), "table"))
                .replace("{key}", LegacyIdentifiers.quote(table.key(), "column of " + table.table()))
                .replace("{value}", LegacyIdentifiers.quote(table.value(), "column of " + table.table()));
        Map<String, String> codes = new HashMap<>();
        try (Connection connection = Databases.connect(legacy); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                codes.put(rows.getString(1).trim(), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the legacy lookup table " + table.table() + ": " + e.getMessage(), e);
        }
        return codes;
    }

    /** Reads the reference's keys now (once per run) and returns a lookup that is one hash probe per key. */
    @Override
    public Lookup lookup(String reference, String fetch) {
        Map<String, String> keys = keys(reference, fetch);
        return key -> keys.get(key.trim());
    }

    private Map<String, String> keys(String reference, String fetch) {
        return PERSON.equals(reference) ? personIds() : table(reference, fetch);
    }

    private Map<String, String> table(String table, String fetch) {
        String fetchKey = fetch == null ? "" : fetch;
        Map<String, Map<String, String>> byFetch = tables.get(table);
        Map<String, String> keys = byFetch == null ? null : byFetch.get(fetchKey);
        if (keys != null) {
            return keys; // the common case: plain reads, no locking
        }
        byFetch = tables.computeIfAbsent(table, t -> new ConcurrentHashMap<>());
        return byFetch.computeIfAbsent(fetchKey, f -> readTable(table, catalog.keyColumn(table), fetch));
    }

    private Map<String, String> readTable(String table, String keyColumn, String fetch) {
        String sql = SqlResource.load("sql/lookup/target_keys.sql").text()
                .replace("{table}", TargetIdentifiers.quote(table, "table"))
                .replace("{key}", TargetIdentifiers.quote(keyColumn, "column of " + table))
                .replace("{value}", TargetIdentifiers.quote(fetch == null ? keyColumn : fetch, "column of " + table));
        Map<String, String> keys = new KeyTextMap(); // primitive longs for decimal keys: these maps are the run's largest objects
        try (Connection connection = Databases.connect(target); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String key = rows.getString(1);
                keys.put(key, fetch == null ? key : rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the keys of csc." + table + ": " + e.getMessage(), e);
        }
        return keys;
    }

    private Map<String, String> personIds() {
        Map<String, String> ids = personIds;
        if (ids != null) {
            return ids;
        }
        synchronized (this) {
            if (personIds == null) {
                loadChains();
                // read for this map only, not kept: a second copy of every person's key would double its size
                String table = person().targetTable();
                Map<String, String> loaded = readTable(table, catalog.keyColumn(table), null);
                Map<String, String> resolved = new KeyTextMap(survivors.size());
                survivors.forEach((client, survivor) -> {
                    String personId = loaded.get(survivor);
                    if (personId != null) {
                        resolved.put(client, personId);
                    }
                });
                personIds = resolved;
                survivors = null; // needed only to build personIds
            }
            return personIds;
        }
    }

    private void loadChains() {
        if (chains != null) {
            return;
        }
        synchronized (this) {
            if (chains == null) {
                readChains();
            }
        }
    }

    private void readChains() {
        PersonMapping declared = person();
        Map<String, String> mergedInto;
        try (Connection connection = Databases.connect(legacy)) {
            mergedInto = declared.merges(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the merge chains of legacy table " + declared.legacyTable() + ": " + e.getMessage(), e);
        }
        MergeChains resolved = MergeChains.resolve(mergedInto, MAX_MERGE_CHAIN);
        survivors = resolved.survivors();
        chains = resolved.chains();
    }

    /** Merge chains followed to their end (the delta load resolves the new chains with it too). */
    public record MergeChains(Map<String, Chain> chains, Map<String, String> survivors) {
        public static MergeChains resolve(Map<String, String> mergedInto, int maxLength) {
            Map<String, Chain> chains = new KeyValueMap<>(mergedInto.size());
            Map<String, String> survivors = new KeyTextMap(mergedInto.size());
            for (String client : mergedInto.keySet()) {
                String current = client;
                Set<String> seen = new HashSet<>();
                Chain chain = Chain.SURVIVOR;
                while (mergedInto.get(current) != null) {
                    current = mergedInto.get(current).trim();
                    chain = Chain.MERGED;
                    if (!mergedInto.containsKey(current) || !seen.add(current) || seen.size() > maxLength) {
                        chain = Chain.BROKEN;
                        break;
                    }
                }
                chains.put(client, chain);
                if (chain != Chain.BROKEN) {
                    survivors.put(client, current);
                }
            }
            return new MergeChains(chains, survivors);
        }
    }
}
