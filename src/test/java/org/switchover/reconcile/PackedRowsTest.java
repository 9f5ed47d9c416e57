package org.switchover.reconcile;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PackedRowsTest {
    @Test
    void rowsComeBackAsTheyWentInNullsEmptiesAndNonLatinTextIncluded() {
        // given rows with NULLs, an empty string, text beyond Latin-1, a value longer than 127 bytes and counts of every size
        String[] names = {"legacy_ref", "note", "category"};
        String longValue = "é".repeat(300);
        PackedRows packed = new PackedRows.Builder(names)
                .add("1", 1, new String[] {"DCC/0000001", null, "NEG"}, null)
                .add("", 0, new String[] {"", "Zoë Ørsted 😀", null}, "unknown client")
                .add(null, Long.MAX_VALUE, new String[] {null, longValue, ""}, null)
                .add("-4", -300, new String[] {"x", "y", "z"}, "")
                .build();
        // when unpacked
        List<SideResult.Row> rows = packed.unpack();
        // then each key, n, value and reason is the one added, in order
        assertEquals(4, packed.size());
        assertEquals("1", rows.get(0).key());
        assertEquals("NEG", rows.get(0).values().get("category"));
        assertNull(rows.get(0).values().get("note"));
        assertNull(rows.get(0).notMigrated());
        assertEquals("", rows.get(1).key());
        assertEquals(0, rows.get(1).n());
        assertEquals("Zoë Ørsted 😀", rows.get(1).values().get("note"));
        assertEquals("", rows.get(1).values().get("legacy_ref"));
        assertEquals("unknown client", rows.get(1).notMigrated());
        assertNull(rows.get(2).key());
        assertEquals(Long.MAX_VALUE, rows.get(2).n());
        assertEquals(longValue, rows.get(2).values().get("note"));
        assertEquals("", rows.get(2).values().get("category"));
        assertEquals(-300, rows.get(3).n());
        assertEquals("", rows.get(3).notMigrated());
        assertEquals(List.of("legacy_ref", "note", "category"), List.copyOf(rows.get(3).values().keySet()));
    }

    @Test
    void oneColumnIsReadAloneAsUnpackingGivesItNullsAndLongValuesIncluded() {
        // given rows whose other columns hold NULLs, long and non-Latin text, and an empty key
        String longValue = "é".repeat(300);
        PackedRows packed = new PackedRows.Builder(new String[] {"note", "legacy_ref", "category"})
                .add("1", 1, new String[] {longValue, "DCC/0000001", null}, "unknown client")
                .add("", -300, new String[] {null, null, "Zoë 😀"}, null)
                .add(null, Long.MAX_VALUE, new String[] {"", "DCC/0000003", longValue}, "")
                .build();
        // when one column is read alone, and a column the rows do not have
        List<String> refs = new java.util.ArrayList<>();
        packed.forEachValue("legacy_ref", refs::add);
        List<String> categories = new java.util.ArrayList<>();
        packed.forEachValue("category", categories::add);
        List<String> none = new java.util.ArrayList<>();
        packed.forEachValue("child", none::add);
        // then each is what unpacking the rows gives for it, in order
        assertEquals(java.util.Arrays.asList("DCC/0000001", null, "DCC/0000003"), refs);
        assertEquals(packed.unpack().stream().map(r -> r.values().get("category")).toList().size(), categories.size());
        assertEquals(java.util.Arrays.asList(null, "Zoë 😀", longValue), categories);
        assertEquals(List.of(), none);
    }

    @Test
    void keysAndReasonsAreReadWithoutTheValuesTheFirstRowOfAKeyDeciding() {
        // given rows with long values, a key twice (first without a reason, then with one) and an empty reason
        String longValue = "é".repeat(300);
        SideResult side = new SideResult(List.of(
                new SideResult.Row("7", 1, java.util.Map.of("note", longValue), null),
                new SideResult.Row("8", 1, java.util.Map.of("note", "x"), "unknown client"),
                new SideResult.Row("7", 1, java.util.Map.of("note", "y"), "unknown team"),
                new SideResult.Row("9", 1, java.util.Map.of("note", longValue), "")), false);
        // when its keys and reasons are read
        List<String> read = new java.util.ArrayList<>();
        side.forEachKey((key, reason) -> read.add(key + "=" + reason));
        java.util.Map<String, String> reasons = side.reasonsByKey();
        // then every row's key and reason come in order, and by key the first row decides, as byKey does
        assertEquals(List.of("7=null", "8=unknown client", "7=unknown team", "9="), read);
        assertEquals(3, reasons.size());
        assertNull(reasons.get("7"));
        assertEquals(side.byKey().get("7").notMigrated(), reasons.get("7"));
        assertEquals("unknown client", reasons.get("8"));
        assertEquals("", reasons.get("9"));
    }

    @Test
    void aSideResultCountsAndKeysItsPackedRows() {
        // given grouped rows, one key twice
        String[] names = {"team"};
        SideResult side = new SideResult(List.of(new SideResult.Row("T1", 3, new RowValues(names, new String[] {"a"}), null),
                new SideResult.Row("T2", 4, new RowValues(names, new String[] {"b"}), null),
                new SideResult.Row("T1", 5, new RowValues(names, new String[] {"c"}), null)), true);
        // then the count sums n, size counts rows, and byKey keeps each key's first row
        assertEquals(12, side.count());
        assertEquals(3, side.size());
        assertEquals("a", side.byKey().get("T1").values().get("team"));
        assertEquals(List.of("T1", "T2"), List.copyOf(side.byKey().keySet()));
    }

    @Test
    void rowsWithOtherColumnsThanTheFirstAreRefused() {
        // given two rows whose columns differ
        List<SideResult.Row> rows = List.of(new SideResult.Row("1", 1, new RowValues(new String[] {"a"}, new String[] {"x"}), null),
                new SideResult.Row("2", 1, new RowValues(new String[] {"b"}, new String[] {"y"}), null));
        // when packed, then the second row is named
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new SideResult(rows, false));
        assertEquals("row 2 has columns [b], not [a] as the first row", e.getMessage());
    }
}
