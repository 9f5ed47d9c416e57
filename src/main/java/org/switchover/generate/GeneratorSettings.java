package org.switchover.generate;

import org.switchover.config.SwitchoverSettings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: scale (1 = a county of about a million rows), seed, the extract date every date is
 * relative to, defect rates, and where to write the ground truth JSON (null = do not write a file).
 */
public record GeneratorSettings(double scale, long seed, LocalDate asOf, DefectRates rates, Path groundTruthFile) {
    /** Largest scale accepted: beyond it client numbers and note ids would approach INT limits of the schema. */
    public static final double MAX_SCALE = 1000.0;

    public GeneratorSettings {
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be above 0 and at most " + MAX_SCALE + ", got " + scale);
        }
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(rates, "rates");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A copy with another ground truth file. */
    public GeneratorSettings withGroundTruthFile(Path file) {
        return new GeneratorSettings(scale, seed, asOf, rates, file);
    }

    /** Builds settings from the defaults (SwitchoverSettings' scale, seed and as-of), changing only what is set. */
    public static final class Builder {
        private double scale = SwitchoverSettings.DEFAULT_SCALE;
        private long seed = SwitchoverSettings.DEFAULT_SEED;
        private LocalDate asOf = SwitchoverSettings.DEFAULT_AS_OF;
        private DefectRates rates = DefectRates.defaults();
        private Path groundTruthFile;

        public Builder scale(double value) { this.scale = value; return this; }
        public Builder seed(long value) { this.seed = value; return this; }
        public Builder asOf(LocalDate value) { this.asOf = value; return this; }
        public Builder rates(DefectRates value) { this.rates = value; return this; }
        public Builder groundTruthFile(Path value) { this.groundTruthFile = value; return this; }

        public GeneratorSettings build() {
            return new GeneratorSettings(scale, seed, asOf, rates, groundTruthFile);
        }
    }
}
