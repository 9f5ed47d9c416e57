package org.switchover.mapping;

import it.unimi.dsi.fastutil.longs.Long2LongMap;
import it.unimi.dsi.fastutil.longs.Long2LongOpenCustomHashMap;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A text-to-text map for key lookups (legacy key to target key, a person to the one it was merged into) that
 * keeps a pair of decimal texts as two primitive longs: about 16 bytes a slot where a HashMap entry with its
 * two Strings takes some 130, and these maps are a run's largest objects. Any other pair is kept as text, so
 * a lookup gives exactly what a HashMap would; values may be null. Built once, then read by many threads.
 */
public final class KeyTextMap extends AbstractMap<String, String> {
    /** Neither sentinel is a canonical decimal (19 digits), so no stored value is mistaken for one. */
    private static final long ABSENT = Long.MIN_VALUE;
    private static final long NULL_VALUE = Long.MIN_VALUE + 1;

    private final Long2LongOpenCustomHashMap decimals;
    private final Map<String, String> texts = new HashMap<>();

    public KeyTextMap() {
        this(0);
    }

    /** A map sized for {@code expected} entries, so that filling it never rehashes. */
    public KeyTextMap(int expected) {
        decimals = new Long2LongOpenCustomHashMap(expected, new SaltedLongHash());
        decimals.defaultReturnValue(ABSENT);
    }

    @Override
    public String put(String key, String value) {
        String previous = get(key);
        long decimalKey = DecimalKeys.parse(key);
        long decimalValue = value == null ? NULL_VALUE : DecimalKeys.parse(value);
        if (decimalKey != DecimalKeys.NOT_DECIMAL && decimalValue != DecimalKeys.NOT_DECIMAL) {
            decimals.put(decimalKey, decimalValue);
            if (!texts.isEmpty()) {
                texts.remove(key);
            }
        } else {
            texts.put(key, value);
            if (decimalKey != DecimalKeys.NOT_DECIMAL) {
                decimals.remove(decimalKey);
            }
        }
        return previous;
    }

    @Override
    public String get(Object key) {
        if (!(key instanceof String) && key != null) {
            return null;
        }
        long decimalKey = DecimalKeys.parse((String) key);
        if (decimalKey != DecimalKeys.NOT_DECIMAL) {
            long value = decimals.get(decimalKey);
            if (value != ABSENT) {
                return text(value);
            }
        }
        return texts.isEmpty() ? null : texts.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        if (!(key instanceof String) && key != null) {
            return false;
        }
        long decimalKey = DecimalKeys.parse((String) key);
        return decimalKey != DecimalKeys.NOT_DECIMAL && decimals.containsKey(decimalKey) || texts.containsKey(key);
    }

    @Override
    public int size() {
        return decimals.size() + texts.size();
    }

    /** The entries, spelled as text again; read-only. */
    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Entries();
            }

            @Override
            public int size() {
                return KeyTextMap.this.size();
            }
        };
    }

    private static String text(long value) {
        return value == NULL_VALUE ? null : Long.toString(value);
    }

    /** The decimal pairs first, then the text ones. */
    private final class Entries implements Iterator<Entry<String, String>> {
        private final Iterator<Long2LongMap.Entry> decimal = decimals.long2LongEntrySet().fastIterator();
        private final Iterator<Entry<String, String>> text = texts.entrySet().iterator();

        @Override
        public boolean hasNext() {
            return decimal.hasNext() || text.hasNext();
        }

        @Override
        public Entry<String, String> next() {
            if (decimal.hasNext()) {
                Long2LongMap.Entry entry = decimal.next();
                return new SimpleImmutableEntry<>(Long.toString(entry.getLongKey()), text(entry.getLongValue()));
            }
            if (text.hasNext()) {
                Entry<String, String> entry = text.next();
                return new SimpleImmutableEntry<>(entry);
            }
            throw new NoSuchElementException("no more entries");
        }
    }
}
