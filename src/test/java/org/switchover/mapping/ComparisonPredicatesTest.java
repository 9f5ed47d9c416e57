package org.switchover.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.config.ConfigProblem;
import org.switchover.transform.TransformSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiPredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** equals / not_equals: one legacy table with two kinds of row feeds two mappings, the constant named in the rule. */
class ComparisonPredicatesTest {

    @Test
    void equalsAndNotEqualsCompareTheTrimmedValueInAnyCase() {
        // given the two rules as a mapping file would declare them
        BiPredicate<String, References> equals = RowPredicates.predicate(new MappingFile.RowRule("r", "equals", "type", null, "REF", 1));
        BiPredicate<String, References> notEquals = RowPredicates.predicate(
                new MappingFile.RowRule("r", "not_equals", "type", null, "REF", 1));
        // when / then: a padded lower-case REF equals it, CINP and NULL do not
        assertTrue(equals.test(" ref ", null));
        assertFalse(equals.test("CINP", null));
        assertFalse(equals.test(null, null));
        assertFalse(notEquals.test("REF", null));
        assertTrue(notEquals.test("CINP", null));
        assertTrue(notEquals.test(null, null));
    }

    @Test
    void aComparisonWithoutItsValueOrAReferenceWithAValueIsNamedWithItsLine(@TempDir Path dir) throws IOException {
        // given a mapping whose not_equals names no value, and whose unknown_reference names a value instead of a ref
        Path mapping = dir.resolve("ssd_department.yml");
        Files.writeString(mapping, """
                target: ssd_department
                source: { table: team, key: team_cd }
                exclude:
                  - { rule: a, when: { not_equals: { column: team_cd, ref: ssd_department } } }
                  - { rule: b, when: { unknown_reference: { column: team_cd, value: X } } }
                columns:
                  dept_team_id: team_cd
                  dept_team_name: team_name
                  dept_team_parent_id: parent_cd
                """);
        // when it is checked
        List<String> problems = MappingSet.check(dir, TransformSettings.defaults()).stream().map(ConfigProblem::toString)
                .filter(p -> p.startsWith(mapping.toString())).toList();
        // then each rule is named at its line with what it needs
        assertEquals(List.of(mapping + ":4: exclude 'a': predicate 'not_equals' takes a column, not a ref",
                mapping + ":5: exclude 'b': predicate 'unknown_reference' needs { column: COLUMN, ref: REFERENCE }"), problems);
    }
}
