package org.switchover.mapping;

import org.switchover.mapping.MappingFile.ColumnSpec;

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

    /** The target tables a mapping looks keys up in (person references resolve to ssd_person), itself excluded. */
    static Set<String> referencedTables(MappingFile file) {
        Set<String> refs = new HashSet<>();
        for (ColumnSpec column : file.columns().values()) {
            if (column.ref() != null) {
                refs.add(References.PERSON.equals(column.ref()) ? "ssd_person" : column.ref());
            }
        }
        refs.remove(file.target());
        return refs;
    }

    static Map<String, Integer> levels(List<MappingFile> files) {
        Map<String, Set<String>> dependsOn = new HashMap<>();
        for (MappingFile file : files) {
            dependsOn.merge(file.target(), referencedTables(file), (a, b) -> {
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
