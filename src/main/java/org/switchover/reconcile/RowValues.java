package org.switchover.reconcile;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * One result row's values as a read-only map in column order, over the column names its query shares
 * by all rows: a county's lists run to hundreds of thousands of rows, and a map per row would be most
 * of the reconciliation's heap.
 */
final class RowValues extends AbstractMap<String, String> {
    private final String[] names;
    private final String[] values;

    /** {@code names} is shared by every row of one result and must not change. */
    RowValues(String[] names, String[] values) {
        if (names.length != values.length) {
            throw new IllegalArgumentException(names.length + " column names for " + values.length + " values");
        }
        this.names = names;
        this.values = values;
    }

    @Override
    public String get(Object key) {
        int index = indexOf(key);
        return index < 0 ? null : values[index];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return names.length;
    }

    private int indexOf(Object key) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }
}
