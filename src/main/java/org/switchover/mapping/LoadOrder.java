package org.switchover.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders target tables so that every table a mapping references (its foreign keys) is loaded
 * first. Level 0 references nothing; tables of the same level may load concurrently.
 */
final class LoadOrder {
    private LoadOrder() {
    }

    /**
     * The target tables a mapping looks keys up in, through its columns' and its rules' references ({@code person}
     * resolves to {@code personTarget}, the declared person's target), itself excluded.
     */
    static Set<String> referencedTables(MappingFile file, String personTarget) {
        List<String> references = new ArrayList<>();
        file.columns().values().forEach(column -> references.add(column.ref()));
        file.excludes().forEach(rule -> references.add(RowPredicates.reference(rule)));
        file.rejects().forEach(rule -> references.add(RowPredicates.reference(rule)));
        Set<String> tables = new HashSet<>();
        for (String reference : references) {
            if (reference != null) {
                tables.add(References.PERSON.equals(reference) ? personTarget : reference);
            }
        }
        tables.remove(file.target());
        return tables;
    }

    static Map<String, Integer> levels(List<MappingFile> files, String personTarget) {
        Map<String, Set<String>> dependsOn = new HashMap<>();
        for (MappingFile file : files) {
            dependsOn.merge(file.target(), referencedTables(file, personTarget), (a, b) -> {
                Set<String> both = new HashSet<>(a);
                both.addAll(b);
                return both;
            });
        }
        Map<String, Integer> levels = new HashMap<>();
        for (String table : dependsOn.keySet()) {
            level(table, dependsOn, levels, new HashSet<>());
        }
        return levels;
    }

    private static int level(String table, Map<String, Set<String>> dependsOn, Map<String, Integer> levels, Set<String> visiting) {
        Integer known = levels.get(table);
        if (known != null) {
            return known;
        }
        if (!visiting.add(table)) {
            throw new IllegalStateException("mappings reference each other in a cycle through " + table);
        }
        int level = 0;
        for (String dependency : dependsOn.getOrDefault(table, Set.of())) {
            if (dependsOn.containsKey(dependency)) {
                level = Math.max(level, level(dependency, dependsOn, levels, visiting) + 1);
            }
        }
        levels.put(table, level);
        return level;
    }
}
