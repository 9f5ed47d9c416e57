package org.switchover.mapping;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.DatabaseRole;
import org.switchover.pipeline.MappingPlan;
import org.switchover.project.Project;
import org.switchover.transform.TransformSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Not a test: measures the heap the run's lookup maps retain (bench/lookup-memory.sh runs it against a legacy
 * database and a target a dry run has loaded). Builds every map the mappings' references name, the merge
 * chains and the person ids, then prints the used heap after a full GC, before and after.
 * Arguments: project directory, legacy URL, target URL (users from SWITCHOVER_LEGACY_USER / _TARGET_USER).
 */
public final class LookupMemoryBench {
    private LookupMemoryBench() {
    }

    public static void main(String[] args) {
        Path project = Path.of(args[0]);
        ConnectionSpec legacy = ConnectionSpec.fromEnvironment(DatabaseRole.LEGACY, args[1], user("SWITCHOVER_LEGACY_USER", "root"));
        ConnectionSpec target = ConnectionSpec.fromEnvironment(DatabaseRole.TARGET, args[2], user("SWITCHOVER_TARGET_USER", "postgres"));
        MappingSet mappings = MappingSet.load(project.resolve(Project.MAPPINGS), new Project(project), TransformSettings.defaults());
        DatabaseReferences references = new DatabaseReferences(legacy, target, mappings.project().targetCatalog());
        List<MappingPlan> plans = mappings.plans(() -> references);
        references.declare(mappings.person().orElseThrow());
        Set<String> tables = new LinkedHashSet<>();
        for (MappingPlan plan : plans) {
            plan.keys().references().forEach(r -> tables.add(r.throughMerges() ? References.PERSON : r.targetTable()));
        }
        // the drivers' own first-use objects are not the maps: one connection to each side before measuring
        references.lookup("ssd_department", null);
        references.release();
        try (java.sql.Connection warm = org.switchover.db.Databases.connect(legacy)) {
            warm.isValid(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        long before = usedAfterGc();
        long step = before;
        List<References.Lookup> lookups = new ArrayList<>();
        references.chain("1");
        step = printStep("merge chains and survivors", step);
        for (String table : tables) {
            lookups.add(references.lookup(table, null));
            step = printStep(table, step);
        }
        System.out.printf("lookup maps: %d KiB retained%n", (usedAfterGc() - before) / 1024);
        java.lang.ref.Reference.reachabilityFence(lookups);
        java.lang.ref.Reference.reachabilityFence(references);
    }

    private static long printStep(String what, long previous) {
        long now = usedAfterGc();
        System.out.printf("  %s: %d KiB%n", what, (now - previous) / 1024);
        return now;
    }

    private static String user(String variable, String fallback) {
        String value = System.getenv(variable);
        return value == null ? fallback : value;
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
