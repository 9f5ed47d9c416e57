package org.switchover.cli;

import org.switchover.cutover.FreezeResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Locale;
import java.util.concurrent.Callable;

/** Records the legacy tables' fingerprint when legacy is made read-only; the final load refuses unless legacy still matches it. */
@Command(name = "freeze", mixinStandardHelpOptions = true,
        description = {"Run when the legacy system is made read-only: records in migration a fingerprint of every legacy table",
                "the mappings read (rows and a content hash per key range, computed on the legacy server). final-load refuses",
                "unless legacy still matches it at its start, and is NO_GO if legacy changed while it loaded."})
final class FreezeCommand implements Callable<Integer> {
    @Mixin
    LegacyConnectionOptions legacy;
    @Mixin
    TargetConnectionOptions target;
    @Mixin
    MappingOptions mappings;
    @Mixin
    ProjectOption project;
    @Mixin
    VerboseOption verbose;

    @Override
    public Integer call() {
        FreezeResult result = mappings.applyTo(project.applyTo(target.configure()).legacy(legacy.spec())).build().freeze();
        System.out.println(String.format(Locale.ROOT, "%-20s %10s %10s  %s", "legacy table", "rows", "key ranges", "buckets"));
        for (FreezeResult.Table table : result.tables()) {
            System.out.println(String.format(Locale.ROOT, "%-20s %10d %10d  %s", table.table(), table.rows(), table.keyRanges(),
                    table.bucketing()));
        }
        System.out.println(String.format(Locale.ROOT, "freeze recorded: fingerprint %d of legacy %s at its clock %s, %d rows in %.1f s",
                result.fingerprintId(), result.legacyIdentity(), result.legacyClock(), result.rows(), result.seconds()));
        return ExitCodes.OK;
    }
}
