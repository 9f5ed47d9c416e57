package org.switchover.reconcile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A query's rows packed into one byte array, each unpacked again when read. A reconciliation keeps every check's rows
 * until its report is written, and at scale 5 those run to millions: as objects (a row, its values map, an array and a
 * string per value) they took about 250 bytes a row and ran a 512 MiB heap out; packed they take their text and a byte
 * of length per value.
 *
 * <p>Per row: the key, n (zigzag varint), the not-migrated reason, then each value. A string is a varint of its UTF-8
 * length plus one (0 is NULL) and its bytes.
 */
final class PackedRows {
    private final String[] names;
    private final byte[] packed;
    private final int size;

    private PackedRows(String[] names, byte[] packed, int size) {
        this.names = names;
        this.packed = packed;
        this.size = size;
    }

    int size() {
        return size;
    }

    /** The bytes the rows are packed into. */
    int packedBytes() {
        return packed.length;
    }

    /** The rows, unpacked: new objects on every call, in the order they were added. */
    List<SideResult.Row> unpack() {
        List<SideResult.Row> rows = new ArrayList<>(size);
        forEach(rows::add);
        return rows;
    }

    /** Each row in turn, unpacked one at a time: a list of a million rows is written without holding them all. */
    void forEach(java.util.function.Consumer<SideResult.Row> action) {
        Reader in = new Reader(packed);
        for (int r = 0; r < size; r++) {
            String key = in.string();
            long n = in.zigzag();
            String notMigrated = in.string();
            String[] values = new String[names.length];
            for (int v = 0; v < values.length; v++) {
                values[v] = in.string();
            }
            action.accept(new SideResult.Row(key, n, new RowValues(names, values), notMigrated));
        }
    }

    /**
     * One value column of each row in turn (NULL included), the rest skipped unread: the report names the children of a
     * check from its legacy_ref column alone, and unpacking a million rows whole for it took seconds at scale 5.
     * Nothing when the rows have no such column.
     */
    void forEachValue(String column, java.util.function.Consumer<String> action) {
        int wanted = Arrays.asList(names).indexOf(column);
        if (wanted < 0) {
            return;
        }
        Reader in = new Reader(packed);
        for (int r = 0; r < size; r++) {
            in.skip(); // key
            in.varint(); // n
            in.skip(); // not migrated
            for (int v = 0; v < names.length; v++) {
                if (v == wanted) {
                    action.accept(in.string());
                } else {
                    in.skip();
                }
            }
        }
    }

    /** Each row's key and not-migrated reason in turn, its values skipped unread (a comparison of keys needs no more). */
    void forEachKey(java.util.function.BiConsumer<String, String> action) {
        Reader in = new Reader(packed);
        for (int r = 0; r < size; r++) {
            String key = in.string();
            in.varint(); // n
            String notMigrated = in.string();
            for (int v = 0; v < names.length; v++) {
                in.skip();
            }
            action.accept(key, notMigrated);
        }
    }

    /**
     * Each row in turn as one cursor, moved on from row to row: its key and n decoded, its values left as the UTF-8 they
     * are packed as, for a writer that needs no strings. The cursor is valid only while {@code action} runs.
     */
    void forEachPacked(java.util.function.Consumer<Cursor> action) {
        Reader in = new Reader(packed);
        Cursor cursor = new Cursor(packed, names.length);
        for (int r = 0; r < size; r++) {
            cursor.key = in.string();
            cursor.n = in.zigzag();
            in.skip(); // not migrated
            for (int v = 0; v < names.length; v++) {
                long length = in.varint();
                cursor.starts[v] = in.at;
                cursor.lengths[v] = (int) length - 1;
                in.at += (int) Math.max(0, length - 1);
            }
            action.accept(cursor);
        }
    }

    /** One packed row: its key, n, and where each value's UTF-8 lies in {@link #bytes()}. */
    static final class Cursor {
        private final byte[] bytes;
        private final int[] starts;
        private final int[] lengths;
        private String key;
        private long n;

        private Cursor(byte[] bytes, int values) {
            this.bytes = bytes;
            this.starts = new int[values];
            this.lengths = new int[values];
        }

        String key() {
            return key;
        }

        long n() {
            return n;
        }

        /** The packed bytes every value lies in. */
        byte[] bytes() {
            return bytes;
        }

        /** Where value {@code v} (in column order) starts in {@link #bytes()}. */
        int start(int v) {
            return starts[v];
        }

        /** How many bytes value {@code v} has; -1 when it is NULL. */
        int length(int v) {
            return lengths[v];
        }
    }

    /** The value columns every row has, in order. */
    List<String> names() {
        return List.of(names);
    }

    /** Packs rows as they are read; {@code names} are the value columns every row shares. */
    static final class Builder {
        private final String[] names;
        private byte[] buffer = new byte[256];
        private int length;
        private int size;

        Builder(String[] names) {
            this.names = names.clone();
        }

        Builder add(String key, long n, String[] values, String notMigrated) {
            if (values.length != names.length) {
                throw new IllegalArgumentException(names.length + " column names for " + values.length + " values");
            }
            string(key);
            varint((n << 1) ^ (n >> 63));
            string(notMigrated);
            for (String value : values) {
                string(value);
            }
            size++;
            return this;
        }

        PackedRows build() {
            return new PackedRows(names, Arrays.copyOf(buffer, length), size);
        }

        private void string(String value) {
            if (value == null) {
                varint(0);
                return;
            }
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            varint(bytes.length + 1L);
            room(bytes.length);
            System.arraycopy(bytes, 0, buffer, length, bytes.length);
            length += bytes.length;
        }

        private void varint(long value) {
            room(10);
            long v = value;
            while ((v & ~0x7FL) != 0) {
                buffer[length++] = (byte) ((v & 0x7F) | 0x80);
                v >>>= 7;
            }
            buffer[length++] = (byte) v;
        }

        private void room(int more) {
            if (length + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
            }
        }
    }

    private static final class Reader {
        private final byte[] bytes;
        private int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        String string() {
            long length = varint();
            if (length == 0) {
                return null;
            }
            int from = at;
            at += (int) (length - 1);
            return new String(bytes, from, (int) (length - 1), StandardCharsets.UTF_8);
        }

        /** Past one string, unread. */
        void skip() {
            long length = varint();
            at += (int) Math.max(0, length - 1);
        }

        long zigzag() {
            long v = varint();
            return (v >>> 1) ^ -(v & 1);
        }

        long varint() {
            long value = 0;
            for (int shift = 0; ; shift += 7) {
                byte b = bytes[at++];
                value |= (long) (b & 0x7F) << shift;
                if (b >= 0) {
                    return value;
                }
            }
        }
    }
}
