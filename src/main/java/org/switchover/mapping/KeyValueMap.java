package org.switchover.mapping;

import it.unimi.dsi.fastutil.longs.Long2ObjectMap;
import it.unimi.dsi.fastutil.longs.Long2ObjectOpenCustomHashMap;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A map from keys as text to shared values (a person's merge {@link References.Chain}) that keeps a decimal key
 * as a primitive long, with no String or entry object per key; any other key is kept as text, so a lookup
 * gives exactly what a HashMap would. No null values. Built once, then read by many threads.
 */
public final class KeyValueMap<V> extends AbstractMap<String, V> {
    private final Long2ObjectOpenCustomHashMap<V> decimals;
    private final Map<String, V> texts = new HashMap<>();

    public KeyValueMap() {
        this(0);
    }

    /** A map sized for {@code expected} entries, so that filling it never rehashes. */
    public KeyValueMap(int expected) {
        decimals = new Long2ObjectOpenCustomHashMap<>(expected, new SaltedLongHash());
    }

    @Override
    public V put(String key, V value) {
        Objects.requireNonNull(value, "a KeyValueMap holds no null values");
        long decimalKey = DecimalKeys.parse(key);
        return decimalKey == DecimalKeys.NOT_DECIMAL ? texts.put(key, value) : decimals.put(decimalKey, value);
    }

    @Override
    public V get(Object key) {
        if (!(key instanceof String) && key != null) {
            return null;
        }
        long decimalKey = DecimalKeys.parse((String) key);
        return decimalKey == DecimalKeys.NOT_DECIMAL ? texts.get(key) : decimals.get(decimalKey);
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return decimals.size() + texts.size();
    }

    /** The entries, keys spelled as text again; read-only. */
    @Override
    public Set<Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, V>> iterator() {
                Stream<Entry<String, V>> decimal = decimals.long2ObjectEntrySet().stream()
                        .map((Long2ObjectMap.Entry<V> e) -> new SimpleImmutableEntry<>(Long.toString(e.getLongKey()), e.getValue()));
                Stream<Entry<String, V>> text = texts.entrySet().stream().map(SimpleImmutableEntry::new);
                return Stream.concat(decimal, text).iterator();
            }

            @Override
            public int size() {
                return KeyValueMap.this.size();
            }
        };
    }
}
