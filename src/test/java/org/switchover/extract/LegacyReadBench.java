package org.switchover.extract;

import org.switchover.db.ConnectionSpec;
import org.switchover.db.DatabaseRole;
import org.switchover.db.Databases;
import org.switchover.mapping.MappingSet;
import org.switchover.pipeline.MappingPlan;
import org.switchover.pipeline.SourceChunk;
import org.switchover.project.Project;
import org.switchover.transform.TransformSettings;

import java.nio.file.Path;
import java.util.List;

/**
 * Not a test: reads every mapping's legacy table through {@link KeysetChunkReader}, as a run does but with no
 * transform or load, and prints the seconds it took (bench/read-bench.sh compares drivers and settings with it).
 * Arguments: project directory, legacy URL (user from SWITCHOVER_LEGACY_USER), rows per chunk.
 */
public final class LegacyReadBench {
    private LegacyReadBench() {
    }

    public static void main(String[] args) {
        Path project = Path.of(args[0]);
        String user = System.getenv().getOrDefault("SWITCHOVER_LEGACY_USER", "root");
        ConnectionSpec legacy = ConnectionSpec.fromEnvironment(DatabaseRole.LEGACY, args[1], user);
        int chunkRows = Integer.parseInt(args[2]);
        MappingSet mappings = MappingSet.load(project.resolve(Project.MAPPINGS), new Project(project), TransformSettings.defaults());
        List<MappingPlan> plans = mappings.plans(() -> null);
        long started = System.nanoTime();
        long rows = 0;
        long characters = 0;
        for (MappingPlan plan : plans) {
            try (KeysetChunkReader reader = new KeysetChunkReader(Databases.connect(legacy), plan, chunkRows)) {
                while (reader.hasNext()) {
                    SourceChunk chunk = reader.next();
                    rows += chunk.rows().size();
                    for (String[] row : chunk.rows()) {
                        for (String value : row) {
                            characters += value == null ? 0 : value.length();
                        }
                    }
                }
            }
        }
        System.out.printf("read %d rows (%d characters) of %d mappings in %.3f s%n", rows, characters, plans.size(),
                (System.nanoTime() - started) / 1e9);
    }
}
