package org.switchover.reconcile;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowValuesTest {
    @Test
    void behavesAsAnOrderedReadOnlyMapOverSharedColumnNames() {
        // given two rows of one result sharing their column names, one with a NULL value
        String[] names = {"legacy_ref", "latest_category", "team"};
        RowValues first = new RowValues(names, new String[] {"C00042", "NEG", null});
        RowValues second = new RowValues(names, new String[] {"C00043", "PHY", "T1"});

        // when read as maps, then values come by name, NULL is a present key, order is column order
        assertEquals("C00042", first.get("legacy_ref"));
        assertTrue(first.containsKey("team"));
        assertNull(first.get("team"));
        assertFalse(first.containsKey("n"));
        assertEquals(List.of("legacy_ref", "latest_category", "team"), new ArrayList<>(second.keySet()));
        assertEquals("T1", second.get("team"));

        // and they equal (and hash like) the LinkedHashMap the comparison used to build
        Map<String, String> same = new LinkedHashMap<>();
        same.put("legacy_ref", "C00042");
        same.put("latest_category", "NEG");
        same.put("team", null);
        assertEquals(same, first);
        assertEquals(first, same);
        assertEquals(same.hashCode(), first.hashCode());
        assertNotEquals(first, second);
        assertThrows(UnsupportedOperationException.class, () -> first.put("team", "T2"));
        assertThrows(IllegalArgumentException.class, () -> new RowValues(names, new String[] {"only one"}));
    }
}
