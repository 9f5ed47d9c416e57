package org.switchover.load;

import java.util.Arrays;

/** A growable byte buffer that writes big-endian integers, as PostgreSQL's binary COPY format wants. */
final class BinaryBuffer {
    byte[] bytes;
    int size;

    BinaryBuffer(int capacity) {
        bytes = new byte[capacity];
    }

    void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    void putShort(int value) {
        ensure(2);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    void putInt(int value) {
        ensure(4);
        bytes[size++] = (byte) (value >>> 24);
        bytes[size++] = (byte) (value >>> 16);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    void putLong(long value) {
        putInt((int) (value >>> 32));
        putInt((int) value);
    }

    void put(byte value) {
        ensure(1);
        bytes[size++] = value;
    }

    void put(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
    }
}
