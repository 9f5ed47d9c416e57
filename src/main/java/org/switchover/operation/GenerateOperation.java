package org.switchover.operation;

import org.switchover.config.SwitchoverSettings;
import org.switchover.config.SwitchoverSettings.Need;
import org.switchover.generate.DefectRates;
import org.switchover.generate.GenerationResult;
import org.switchover.generate.GeneratorSettings;
import org.switchover.generate.LegacyGenerator;

/** `generate`: fills an empty legacy schema with synthetic records and writes their ground truth. */
public record GenerateOperation(SwitchoverSettings settings) {
    public GenerationResult run() {
        settings.require(Need.LEGACY_DATABASE);
        GeneratorSettings generator = GeneratorSettings.builder().scale(settings.scale()).seed(settings.seed())
                .asOf(settings.asOf()).groundTruthFile(settings.groundTruthFile())
                .rates(DefectRates.defaults().with(settings.defectRates())).build();
        return new LegacyGenerator().generate(settings.legacy(), generator);
    }
}
