package org.switchover.transform;

import java.time.LocalDate;
import java.util.Objects;

/** Settings the standard transforms depend on: the extract's as-of date, which drives the two-digit-year pivot. */
public record TransformSettings(LocalDate asOf) {
    /** The generator's default extract date (README, "Migration rules as implemented"). */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2019, 1, 31);

    public TransformSettings {
        Objects.requireNonNull(asOf, "asOf");
    }

    public static TransformSettings defaults() {
        return new TransformSettings(DEFAULT_AS_OF);
    }
}
