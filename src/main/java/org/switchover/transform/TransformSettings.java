package org.switchover.transform;

import org.switchover.config.SwitchoverSettings;

import java.time.LocalDate;
import java.util.Objects;

/** Settings the standard transforms depend on: the extract's as-of date, which drives the two-digit-year pivot. */
public record TransformSettings(LocalDate asOf) {
    public TransformSettings {
        Objects.requireNonNull(asOf, "asOf");
    }

    /** At the default extract date, {@link SwitchoverSettings#DEFAULT_AS_OF}. */
    public static TransformSettings defaults() {
        return new TransformSettings(SwitchoverSettings.DEFAULT_AS_OF);
    }
}
