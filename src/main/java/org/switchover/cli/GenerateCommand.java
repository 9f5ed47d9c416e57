package org.switchover.cli;

import org.switchover.Switchover;
import org.switchover.config.SwitchoverSettings;
import org.switchover.generate.GenerationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;

/** Fills an empty legacy schema with deterministic synthetic data and writes its ground truth. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Fills an empty legacy schema with synthetic case records (every known defect planted) and writes the ground-truth JSON.")
final class GenerateCommand implements Callable<Integer> {
    @Mixin
    LegacyConnectionOptions legacy;
    @Mixin
    ProjectOption project;
    @Mixin
    VerboseOption verbose;

    @Option(names = "--scale", paramLabel = "S", defaultValue = "" + SwitchoverSettings.DEFAULT_SCALE,
            description = "1 ≈ 1,000,000 legacy rows; linear; fractions work (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + SwitchoverSettings.DEFAULT_SEED,
            description = "Same seed and scale give identical rows (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Extract date the data ends at (default: 2019-01-31).")
    LocalDate asOf;

    @Option(names = "--ground-truth", paramLabel = "FILE", defaultValue = SwitchoverSettings.DEFAULT_GROUND_TRUTH_FILE,
            description = "Where the ground-truth JSON goes (default: ${DEFAULT-VALUE}).")
    Path groundTruth;

    @Option(names = "--defect-rate", paramLabel = "NAME=RATE",
            description = "Override one defect rate, e.g. --defect-rate zeroDate=0.05; repeatable. Names: see the README.")
    Map<String, Double> defectRates = Map.of();

    @Override
    public Integer call() {
        Switchover switchover = project.configure().legacy(legacy.spec()).scale(scale).seed(seed).asOf(asOf)
                .groundTruthFile(groundTruth).defectRates(defectRates).build();
        GenerationResult result = switchover.generate();
        result.rowsPerTable().forEach((table, rows) -> System.out.printf("%-16s %,12d%n", table, rows));
        System.out.printf("generated %,d legacy rows in %.1f s into %s; ground truth: %s%n", result.totalRows(),
                result.seconds(), switchover.legacy().identity(), switchover.settings().groundTruthFile().toAbsolutePath());
        return ExitCodes.OK;
    }
}
