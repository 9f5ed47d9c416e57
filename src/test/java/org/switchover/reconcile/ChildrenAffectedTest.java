package org.switchover.reconcile;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The page names a check's children by legacy reference: how many, and the first of them in order. */
class ChildrenAffectedTest {
    @Test
    void theFirstChildrenAreTheSmallestReferencesAndTheCountIsOfEveryDistinctOne() {
        // given a WARN check whose two sides name 3,000 references in no order, some on both sides, some twice
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            refs.add("DCC/" + Integer.toString(i * 7919 % 3_001, 36));
        }
        Collections.shuffle(refs, new Random(20190131));
        List<SideResult.Row> legacy = new ArrayList<>();
        List<SideResult.Row> target = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            (i % 3 == 0 ? target : legacy).add(row(i, refs.get(i)));
            if (i % 10 == 0) {
                target.add(row(i, refs.get(i))); // on both sides
            }
        }
        CheckOutcome outcome = warn(new SideResult(legacy, false), new SideResult(target, false));
        TreeSet<String> expected = new TreeSet<>(refs);
        // when the page asks for the first 500, and then for more than there are
        ChildrenAffected.Named first = ChildrenAffected.named(outcome, 500);
        ChildrenAffected.Named all = ChildrenAffected.named(outcome, 5_000);
        // then both count every distinct reference; the first 500 are the smallest in order, and "all" is every one
        assertEquals(expected.size(), first.count());
        assertEquals(expected.stream().limit(500).toList(), first.first());
        assertEquals(expected.size(), all.count());
        assertEquals(List.copyOf(expected), all.first());
        assertEquals(expected.size(), ChildrenAffected.count(outcome));
    }

    private static SideResult.Row row(int key, String legacyRef) {
        return new SideResult.Row(String.valueOf(key), 1, new RowValues(new String[] {"legacy_ref"}, new String[] {legacyRef}), null);
    }

    private static CheckOutcome warn(SideResult legacy, SideResult target) {
        CheckDefinition check = new CheckDefinition("census-8863", "Census 8863", "Head of Service, Testing", Status.FAIL, Status.WARN,
                CheckType.CUSTOM, Comparison.EQUAL_KEYS, "sql/q.sql", "sql/q.sql", Map.of(), false, 0, Path.of("census-8863.yml"),
                "A rule the legacy data already breaks.", "Fix it in legacy.", null, null, null, List.of(), List.of());
        return new CheckOutcome(check, Status.WARN, legacy.count(), target.count(), "found on both sides", List.of(), List.of(),
                List.of(), legacy, target, null);
    }
}
