package org.switchover.mapping;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The primitive-keyed lookup maps answer every lookup exactly as the HashMaps they replace. */
class KeyMapsTest {
    /** Decimal keys and texts that only look like them: each must find only its own spelling. */
    private static final List<String> KEYS = List.of("162", "0162", "+162", "-1", "-0", "0", "00", "DCC/0000162", "",
            " 162", "162 ", "999999999999999999", "1000000000000000000", "-999999999999999999", "9223372036854775807",
            "-9223372036854775808", "12a", "-", "٣");

    @Test
    void aLookupByTextFindsOnlyTheSameSpelling() {
        // given a map with the decimal key 162 (merged into 163) and a survivor DCC/0000162
        KeyTextMap mergedInto = new KeyTextMap();
        mergedInto.put("162", "163");
        mergedInto.put("DCC/0000162", null);
        // when / then: 162 finds 163, a padded or zero-led 162 finds nothing, the survivor is there with no value
        assertEquals("163", mergedInto.get("162"));
        assertNull(mergedInto.get("0162"));
        assertNull(mergedInto.get(" 162"));
        assertTrue(mergedInto.containsKey("DCC/0000162"));
        assertNull(mergedInto.get("DCC/0000162"));
        assertFalse(mergedInto.containsKey("163"));
        assertEquals(2, mergedInto.size());
    }

    @Test
    void randomPutsAndLookupsAgreeWithAHashMap() {
        // given the same 5,000 random puts (keys and values of every kind, overwrites that change kind) on both maps
        Random random = new Random(20190131);
        KeyTextMap texts = new KeyTextMap();
        KeyValueMap<References.Chain> chains = new KeyValueMap<>();
        Map<String, String> expectedTexts = new HashMap<>();
        Map<String, References.Chain> expectedChains = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            String key = randomKey(random);
            String value = random.nextInt(10) == 0 ? null : randomKey(random);
            assertEquals(expectedTexts.put(key, value), texts.put(key, value));
            References.Chain chain = References.Chain.values()[random.nextInt(4)];
            assertEquals(expectedChains.put(key, chain), chains.put(key, chain));
        }
        // when / then: every key, stored or not, gives the same answer, and the entries are the same
        for (int i = 0; i < 5000; i++) {
            String key = randomKey(random);
            assertEquals(expectedTexts.get(key), texts.get(key), key);
            assertEquals(expectedTexts.containsKey(key), texts.containsKey(key), key);
            assertEquals(expectedChains.get(key), chains.get(key), key);
        }
        assertEquals(expectedTexts, new HashMap<>(texts));
        assertEquals(expectedChains, new HashMap<>(chains));
        assertEquals(expectedTexts.size(), texts.size());
    }

    private static String randomKey(Random random) {
        return random.nextBoolean() ? KEYS.get(random.nextInt(KEYS.size())) : Integer.toString(random.nextInt(400) - 20);
    }

    @Test
    void mapsFilledInAnotherMapsOrderHoldTheSameEntries() {
        // given 200,000 clients, every 50th merged into the next, and the merge chains resolved from them (maps filled in
        // the source map's iteration order, which with one shared hash made each insert walk a long probe run)
        KeyTextMap mergedInto = new KeyTextMap();
        for (int i = 1; i <= 200_000; i++) {
            mergedInto.put(Integer.toString(i), i % 50 == 0 ? Integer.toString(i + 1) : null);
        }
        // when resolved, and copied once more in the survivors' own order
        DatabaseReferences.MergeChains resolved = DatabaseReferences.MergeChains.resolve(mergedInto, 100);
        KeyTextMap copy = new KeyTextMap(resolved.survivors().size());
        resolved.survivors().forEach(copy::put);
        // then every client has its survivor (the last client's chain ends at a client that does not exist)
        assertEquals(199_999, resolved.survivors().size());
        assertEquals("51", resolved.survivors().get("50"));
        assertEquals("7", resolved.survivors().get("7"));
        assertEquals(References.Chain.MERGED, resolved.chains().get("50"));
        assertEquals(References.Chain.BROKEN, resolved.chains().get("200000"));
        assertEquals(new HashMap<>(resolved.survivors()), new HashMap<>(copy));
    }
}
