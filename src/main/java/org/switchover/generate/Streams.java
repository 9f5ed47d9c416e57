package org.switchover.generate;

import java.util.SplittableRandom;

/** One random stream per table, derived from the seed and the table's name, so volumes of one never shift another. */
final class Streams {
    private Streams() {
    }

    static SplittableRandom forTable(long seed, String table) {
        // String.hashCode is specified by the JLS, so the stream is the same on every JVM
        long salt = table.hashCode() * 0x9E3779B97F4A7C15L;
        return new SplittableRandom(seed ^ salt);
    }
}
