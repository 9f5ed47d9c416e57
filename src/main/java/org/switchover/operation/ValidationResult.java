package org.switchover.operation;

import org.switchover.config.ConfigProblem;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What `validate` found in {@code directory} (the mappings) and {@code checks} (the reconciliation): the problems of their
 * files (when there are any, the fixtures did not run and the counts are 0), else how many files and fixtures, each
 * fixture failure, and the mapping hash.
 */
public record ValidationResult(Path directory, Path checks, List<ConfigProblem> problems, int files, int fixtures,
                               List<String> fixtureFailures, String mappingHash) {

    /**
     * One line for the end of the problems: how many, and where, by directory ({@code 2 problem(s): 1 in …/mappings,
     * 1 in …/reconciliation}); a problem outside both is counted by its own file.
     */
    public String summary() {
        Map<Path, Long> byPlace = problems.stream().collect(Collectors.groupingBy(this::placeOf, LinkedHashMap::new,
                Collectors.counting()));
        return problems.size() + " problem(s): " + byPlace.entrySet().stream().map(e -> e.getValue() + " in " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    private Path placeOf(ConfigProblem problem) {
        Path file = problem.file().toAbsolutePath().normalize();
        for (Path root : new Path[] {directory, checks}) {
            if (root != null && file.startsWith(root.toAbsolutePath().normalize())) {
                return root;
            }
        }
        return problem.file();
    }
}
