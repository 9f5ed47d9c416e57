package org.switchover.mapping;

import org.switchover.mapping.MappingFile.Fixture;
import org.switchover.pipeline.LossyRecord;
import org.switchover.pipeline.SourceChunk;
import org.switchover.pipeline.TransformResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Runs the given/expect fixtures of a mapping file through its compiled mapping and describes
 * every difference, with the fixture's line. Tests and `switchover validate` both call it.
 */
public final class FixtureRunner {
    private FixtureRunner() {
    }

    /** Every failure of every fixture in the set, as "file:line: fixture 'name': ..." lines; empty when all pass. */
    public static List<String> run(MappingSet set) {
        List<String> failures = new ArrayList<>();
        for (MappingFile file : set.files()) {
            for (Fixture fixture : file.fixtures()) {
                CompiledMapping mapping = set.compile(file, () -> new FixtureReferences(fixture.refs()));
                String where = file.file() + ":" + fixture.line() + ": fixture '" + (fixture.name() == null ? "unnamed" : fixture.name()) + "': ";
                check(mapping, fixture).forEach(problem -> failures.add(where + problem));
            }
        }
        return failures;
    }

    /** Number of fixtures in the set. */
    public static int count(MappingSet set) {
        return set.files().stream().mapToInt(f -> f.fixtures().size()).sum();
    }

    private static List<String> check(CompiledMapping mapping, Fixture fixture) {
        List<String> columns = mapping.sourceColumns();
        String[] row = new String[columns.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = fixture.given().get(columns.get(i));
        }
        TransformResult result = mapping.transform(new SourceChunk(mapping.file().id(), columns, List.<String[]>of(row), 0));
        List<String> problems = new ArrayList<>();
        String outcome = describe(result);
        if (fixture.expectExcluded() != null) {
            if (!result.excludedByRule().containsKey(fixture.expectExcluded())) {
                problems.add("expected excluded by " + fixture.expectExcluded() + ", got " + outcome);
            }
            return problems;
        }
        if (fixture.expectRejected() != null) {
            if (result.rejects().isEmpty() || !result.rejects().get(0).reason().equals(fixture.expectRejected())) {
                problems.add("expected rejected for " + fixture.expectRejected() + ", got " + outcome);
            }
            return problems;
        }
        if (result.batch().size() == 0) {
            return List.of("expected a loaded row, got " + outcome);
        }
        Object[] values = result.batch().rows().get(0);
        List<String> targetColumns = result.batch().columns();
        for (Map.Entry<String, String> expected : fixture.expect().entrySet()) {
            Object actual = values[targetColumns.indexOf(expected.getKey())];
            String actualText = actual == null ? null : actual.toString();
            if (!Objects.equals(expected.getValue(), actualText)) {
                problems.add(expected.getKey() + ": expected " + quote(expected.getValue()) + ", got " + quote(actualText));
            }
        }
        TreeSet<String> lossy = new TreeSet<>();
        for (LossyRecord loss : result.lossy()) {
            lossy.add(loss.column());
        }
        if (!lossy.equals(new TreeSet<>(fixture.expectLossy()))) {
            problems.add("expected losses on " + new TreeSet<>(fixture.expectLossy()) + ", got " + lossy);
        }
        return problems;
    }

    private static String describe(TransformResult result) {
        if (!result.rejects().isEmpty()) {
            return "rejected for " + result.rejects().get(0).reason() + " (" + result.rejects().get(0).detail() + ")";
        }
        if (!result.excludedByRule().isEmpty()) {
            return "excluded by " + result.excludedByRule().keySet();
        }
        return result.batch().size() == 0 ? "nothing" : "a loaded row";
    }

    private static String quote(String value) {
        return value == null ? "NULL" : "'" + value + "'";
    }
}
