package org.switchover.cutover;

import org.switchover.db.SqlResource;
import org.switchover.mapping.DatabaseReferences;
import org.switchover.mapping.KeyTextMap;
import org.switchover.mapping.References;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@link References} for a delta: the legacy merge chains as they are now, and target keys read
 * through the delta's own open transaction, so a mapping sees the rows the delta has just
 * re-migrated before it. {@link #forget()} drops the cached keys after each mapping.
 */
final class DeltaReferences implements References {
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private final Connection targetTransaction;
    private final String personTable;
    private final org.switchover.project.TableCatalog catalog;
    private final Map<String, Chain> chains;
    private final Map<String, String> survivors;
    private final Map<String, Map<String, String>> tables = new HashMap<>();

    /** @param personTable the target of the mapping declared {@code role: person} (null when none is) */
    DeltaReferences(Connection targetTransaction, String personTable, Map<String, String> mergedInto,
                    org.switchover.project.TableCatalog catalog) {
        this.targetTransaction = targetTransaction;
        this.personTable = personTable;
        this.catalog = catalog;
        DatabaseReferences.MergeChains resolved = DatabaseReferences.MergeChains.resolve(mergedInto, DatabaseReferences.MAX_MERGE_CHAIN);
        this.chains = resolved.chains();
        this.survivors = resolved.survivors();
    }

    @Override
    public Chain chain(String personKey) {
        Chain chain = personKey == null ? null : chains.get(personKey.trim());
        return chain == null ? Chain.MISSING : chain;
    }

    @Override
    public String lookup(String reference, String fetch, String key) {
        if (PERSON.equals(reference)) {
            String survivor = survivors.get(key.trim());
            return survivor == null ? null : table(personTable, null).get(survivor);
        }
        return table(reference, fetch).get(key.trim());
    }

    /** Target keys change as the delta goes; the next mapping reads them afresh. */
    void forget() {
        tables.clear();
    }

    private Map<String, String> table(String table, String fetch) {
        return tables.computeIfAbsent(table + "/" + (fetch == null ? "" : fetch), k -> read(table, fetch));
    }

    private Map<String, String> read(String table, String fetch) {
        String key = catalog.keyColumn(table);
        String sql = SqlResource.load("sql/delta/target_table_keys.sql").statements().get(0)
                .replace("{table}", identifier(table)).replace("{key}", identifier(key))
                .replace("{value}", identifier(fetch == null ? key : fetch));
        Map<String, String> keys = new KeyTextMap();
        try (Statement statement = targetTransaction.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                keys.put(rows.getString(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the keys of csc." + table + " during the delta: " + e.getMessage(), e);
        }
        return keys;
    }

    static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + name);
        }
        return name;
    }
}
