package org.switchover.reconcile;

import org.switchover.mapping.MappingSet;
import org.switchover.transform.TransformSettings;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The legacy side of reconciliation checks on their own, computed exactly as a reconciliation computes it (the same
 * check files, the same SQL, the same counting), for comparing today's legacy with a signed report without
 * reconciling anything.
 */
public final class LegacySide {
    private final Path checksDirectory;
    private final List<CheckDefinition> checks;

    public LegacySide(Path checksDirectory, Path mappings) {
        this.checksDirectory = checksDirectory;
        this.checks = CheckLoader.load(checksDirectory, MappingSet.load(mappings, TransformSettings.defaults()));
    }

    /** The counts check of each mapping, by "legacyTable -> targetTable" as the report's tables[] name them. */
    public Map<String, String> countsChecks() {
        Map<String, String> ids = new LinkedHashMap<>();
        checks.stream().filter(c -> c.type() == CheckType.MAPPING_COUNTS)
                .forEach(c -> ids.put(c.parameter("legacyTable") + " -> " + c.parameter("targetTable"), c.id()));
        return ids;
    }

    /** The check feeding each headline section of the report (its {@code headline:}), by section. */
    public Map<String, String> headlineChecks() {
        Map<String, String> bySection = new LinkedHashMap<>();
        checks.stream().filter(c -> c.headline() != null).forEach(c -> bySection.put(c.headline(), c.id()));
        return bySection;
    }

    /**
     * The legacy figure of each check named, as its outcome's "legacy" reports it, by check id; a check id that the
     * checks directory does not have is left out.
     */
    public Map<String, Long> figures(Connection legacy, List<String> checkIds, LocalDate asOf, long runId) {
        CheckRunner runner = new CheckRunner(checksDirectory, CheckValues.of(checksDirectory, asOf, runId));
        Map<String, Long> figures = new LinkedHashMap<>();
        for (String id : checkIds) {
            checks.stream().filter(c -> c.id().equals(id)).findFirst().ifPresent(check -> {
                Long figure = runner.legacyFigure(check, legacy);
                if (figure != null) {
                    figures.put(id, figure);
                }
            });
        }
        return figures;
    }
}
