package org.switchover.operation;

import org.switchover.config.ConfigProblem;

import java.nio.file.Path;
import java.util.List;

/**
 * What `validate` found in {@code directory}: the problems of its files (when there are any, the fixtures did
 * not run and the counts are 0), else how many files and fixtures, each fixture failure, and the mapping hash.
 */
public record ValidationResult(Path directory, List<ConfigProblem> problems, int files, int fixtures,
                               List<String> fixtureFailures, String mappingHash) {
}
