package org.switchover.reconcile;

import org.switchover.mapping.MappingFile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts check every mapping implies: {@code counts-<target>}, type mapping_counts, from the mapping's own
 * legacy and target tables. Its file's {@code counts:} section may set the owner, severity and whenFound, or
 * turn it off ({@code counts: off}); the check's "file" is the mapping file, so problems point there.
 */
final class CountsChecks {
    /** Who signs a counts check off when the mapping's {@code counts:} names no owner. */
    static final String DEFAULT_OWNER = "Head of Service, Children's Social Care";
    /** Status of a counts check whose figures do not balance, unless the mapping says otherwise. */
    static final String DEFAULT_SEVERITY = "fail";
    /** Status of a balanced counts check with rejected rows (listed for the owner), unless the mapping says otherwise. */
    static final String DEFAULT_WHEN_FOUND = "warn";
    /** The legacy count of a mapping that explodes a list: its non-blank items (sql/reconcile/list_item_count.sql). */
    static final String LIST_ITEM_COUNT = "classpath:list_item_count";
    private static final String PREFIX = "counts-";
    /** What an implied counts check finds, for the owner ({@code %1$s} legacy table, {@code %2$s} target table). */
    static final String MEANING = "Every row of legacy %1$s is accounted for in %2$s: loaded, left out by a migration rule, or rejected with a reason.";
    /** What the owner of an implied counts check does. */
    static final String ACTION = "If WARN: read the rejected rows (rejects.csv) and fix them in legacy, or accept that they do not migrate. "
            + "If FAIL: rows were lost or counted twice; call the migration lead.";

    private CountsChecks() {
    }

    /** The id of the counts check a mapping implies. */
    static String id(MappingFile mapping) {
        return PREFIX + mapping.target();
    }

    /** One check per mapping whose file does not say {@code counts: off}, in the mappings' order. */
    static List<CheckDefinition> implied(List<MappingFile> mappings) {
        List<CheckDefinition> checks = new ArrayList<>();
        for (MappingFile mapping : mappings) {
            MappingFile.Counts counts = mapping.counts();
            if (counts == null) {
                continue;
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("legacyTable", mapping.sourceTable());
            parameters.put("targetTable", mapping.target());
            if (mapping.explode() != null) {
                parameters.put("listColumn", mapping.explode().from()); // the unit is one list item, not one row
            }
            checks.add(new CheckDefinition(id(mapping), "Counts: " + mapping.sourceTable() + " -> " + mapping.target(),
                    counts.owner() == null ? DEFAULT_OWNER : counts.owner(),
                    status(CheckLoader.SEVERITY, counts.severity(), DEFAULT_SEVERITY),
                    status(CheckLoader.WHEN_FOUND, counts.whenFound(), DEFAULT_WHEN_FOUND),
                    CheckType.MAPPING_COUNTS, Comparison.EQUAL_COUNTS, mapping.explode() == null ? null : LIST_ITEM_COUNT, null,
                    parameters, false, 0, mapping.file(), MEANING.formatted(mapping.sourceTable(), mapping.target()), ACTION, null));
        }
        return checks;
    }

    /** The mapping reader accepts the same words, so a word missing here is a bug, not bad input. */
    private static Status status(Map<String, Status> words, String word, String absent) {
        Status status = words.get(word == null ? absent : word);
        if (status == null) {
            throw new IllegalStateException("the mapping reader let '" + word + "' through; expected one of " + words.keySet());
        }
        return status;
    }
}
