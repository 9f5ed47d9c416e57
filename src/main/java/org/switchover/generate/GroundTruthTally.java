package org.switchover.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts each row's fate as the generator decides it, and assembles the {@link GroundTruth}. */
final class GroundTruthTally {
    /** The census-mandatory fields of the README, reported even when nothing is missing. */
    static final List<String> MANDATORY_FIELDS = List.of(
            "ssd_person.pers_sex", "ssd_person.pers_ethnicity", "ssd_person.pers_dob", "ssd_person.disability",
            "ssd_cin_episodes.cine_referral_date", "ssd_cin_episodes.cine_referral_source_code",
            "ssd_cin_episodes.cine_referral_nfa", "ssd_cin_episodes.cine_cin_primary_need_code",
            "ssd_cp_plans.cppl_cp_plan_start_date", "ssd_cp_plans.cppl_cp_plan_initial_category",
            "ssd_cp_plans.cppl_cp_plan_latest_category");

    private final Map<Mapping, long[]> readLoaded = new EnumMap<>(Mapping.class);
    private final Map<Mapping, Map<String, Long>> excluded = new EnumMap<>(Mapping.class);
    private final Map<Mapping, Map<String, Long>> rejected = new EnumMap<>(Mapping.class);
    private final Map<String, Long> missing = new LinkedHashMap<>();
    private final Map<String, Long> lossy = new TreeMap<>();
    private final Map<String, Long> unmapped = new TreeMap<>();
    private final Map<String, Map<String, Long>> census = new TreeMap<>();

    GroundTruthTally() {
        for (Mapping mapping : Mapping.values()) {
            readLoaded.put(mapping, new long[2]);
            excluded.put(mapping, zeroes(mapping.exclusionRules()));
            rejected.put(mapping, zeroes(mapping.rejectReasons()));
        }
        MANDATORY_FIELDS.forEach(field -> missing.put(field, 0L));
    }

    void loaded(Mapping mapping) {
        readLoaded.get(mapping)[0]++;
        readLoaded.get(mapping)[1]++;
    }

    void excluded(Mapping mapping, String rule) {
        readLoaded.get(mapping)[0]++;
        bump(excluded.get(mapping), rule, mapping);
    }

    void rejected(Mapping mapping, String reason) {
        readLoaded.get(mapping)[0]++;
        bump(rejected.get(mapping), reason, mapping);
    }

    /** A row (or list item) of the mapping has this fate: null = loaded, else an exclusion rule or reject reason. */
    void fate(Mapping mapping, String ruleOrReason) {
        if (ruleOrReason == null) {
            loaded(mapping);
        } else if (mapping.exclusionRules().contains(ruleOrReason)) {
            excluded(mapping, ruleOrReason);
        } else {
            rejected(mapping, ruleOrReason);
        }
    }

    void missing(String field) {
        if (!missing.containsKey(field)) {
            throw new IllegalArgumentException("not a mandatory field: " + field);
        }
        missing.merge(field, 1L, Long::sum);
    }

    void lossy(String column) {
        lossy.merge(column, 1L, Long::sum);
    }

    void unmapped(String column) {
        unmapped.merge(column, 1L, Long::sum);
    }

    /** A loaded row (or list item) arrives with this census code in the target column; null (no code) counts nothing. */
    void census(String targetColumn, String code) {
        Map<String, Long> counts = census.computeIfAbsent(targetColumn, column -> new TreeMap<>());
        if (code != null) {
            counts.merge(code, 1L, Long::sum);
        }
    }

    /** Declares a column so it appears with 0 when nothing is lost or unmapped in it. */
    void trackLossy(String... columns) {
        for (String column : columns) {
            lossy.putIfAbsent(column, 0L);
        }
    }

    void trackUnmapped(String... columns) {
        for (String column : columns) {
            unmapped.putIfAbsent(column, 0L);
        }
    }

    long loadedCount(Mapping mapping) {
        return readLoaded.get(mapping)[1];
    }

    Map<String, GroundTruth.MappingCounts> mappings() {
        Map<String, GroundTruth.MappingCounts> result = new LinkedHashMap<>();
        for (Mapping mapping : Mapping.values()) {
            long[] counts = readLoaded.get(mapping);
            result.put(mapping.key(), new GroundTruth.MappingCounts(counts[0], counts[1],
                    new LinkedHashMap<>(excluded.get(mapping)),
                    new LinkedHashMap<>(rejected.get(mapping))));
        }
        return result;
    }

    Map<String, Long> missingMandatory() {
        return new LinkedHashMap<>(missing);
    }

    Map<String, Long> lossyConversions() {
        return new TreeMap<>(lossy);
    }

    Map<String, Long> unmappedCodes() {
        return new TreeMap<>(unmapped);
    }

    Map<String, Map<String, Long>> censusCodes() {
        Map<String, Map<String, Long>> copy = new TreeMap<>();
        census.forEach((column, counts) -> copy.put(column, new TreeMap<>(counts)));
        return copy;
    }

    private static Map<String, Long> zeroes(List<String> keys) {
        Map<String, Long> map = new LinkedHashMap<>();
        keys.forEach(key -> map.put(key, 0L));
        return map;
    }

    private static void bump(Map<String, Long> counts, String key, Mapping mapping) {
        if (!counts.containsKey(key)) {
            throw new IllegalArgumentException(key + " is not a rule or reason of mapping " + mapping.key());
        }
        counts.merge(key, 1L, Long::sum);
    }

    static List<Integer> sorted(java.util.Collection<Integer> ids) {
        List<Integer> list = new ArrayList<>(ids);
        list.sort(null);
        return list;
    }
}
