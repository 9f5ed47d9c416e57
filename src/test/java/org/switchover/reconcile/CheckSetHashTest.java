package org.switchover.reconcile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.config.SwitchoverSettings;
import org.switchover.mapping.MappingSet;
import org.switchover.testing.MappingCopies;
import org.switchover.transform.TransformSettings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The check-set hash covers every check file, the SQL each check runs with the fragments it uses, and the counts checks
 * the mappings imply; it does not depend on where the files lie, and a change to any of those parts changes it.
 */
class CheckSetHashTest {
    @Test
    void theHashChangesWithEveryPartOfTheCheckSetAndNotWithItsPlace(@TempDir Path dir) throws IOException {
        // given the shipped checks and mappings, and a copy of both elsewhere
        String shipped = hash(SwitchoverSettings.DEFAULT_CHECKS, MappingCopies.SHIPPED);
        Path checks = MappingCopies.copy(SwitchoverSettings.DEFAULT_CHECKS, dir.resolve("copy"));
        Path mappings = MappingCopies.copy(MappingCopies.SHIPPED, dir.resolve("copy"));
        assertEquals(shipped, hash(checks, mappings), "the same checks in another directory");
        // when one part at a time is changed (each edit replaces text that must be there)
        Map<String, String> changed = new LinkedHashMap<>();
        MappingCopies.edit(checks, "open-referrals.yml", "severity: fail", "severity: warn");
        changed.put("a check file", hash(checks, mappings));
        MappingCopies.edit(checks, "sql/referral/open-referrals.target.sql", "ORDER BY e.cine_referral_id", "ORDER BY 1");
        changed.put("a check's query", hash(checks, mappings));
        MappingCopies.edit(checks, "sql/fragments/client_ref.sql", "(no client record)", "(no client)");
        changed.put("a fragment a query uses", hash(checks, mappings));
        MappingCopies.edit(mappings, "ssd_case_notes.yml", "target: ssd_case_notes", "target: ssd_case_notes\ncounts: { severity: warn }");
        changed.put("an implied counts check", hash(checks, mappings));
        // then each change gives a new hash
        String previous = shipped;
        for (Map.Entry<String, String> change : changed.entrySet()) {
            assertNotEquals(previous, change.getValue(), change.getKey());
            previous = change.getValue();
        }
        assertEquals(64, shipped.length());
    }

    private static String hash(Path checks, Path mappings) {
        return CheckSetHash.of(checks, CheckLoader.load(checks, MappingSet.load(mappings, TransformSettings.defaults())));
    }
}
