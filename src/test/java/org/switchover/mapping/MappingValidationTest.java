package org.switchover.mapping;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.config.ConfigException;
import org.switchover.config.ConfigProblem;
import org.switchover.transform.TransformSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `switchover validate` reports every problem with its file and line. */
class MappingValidationTest {

    @Test
    void reportsEachProblemWithFileLineAndWhatWasExpected(@TempDir Path dir) throws IOException {
        // given a mapping directory with one broken mapping and one code map with a duplicate code
        Files.createDirectories(dir.resolve("codes"));
        Files.writeString(dir.resolve("codes/sex.yml"), """
                code_map: sex
                doc: test
                target_codes: [M, F]
                rules:
                  - { from: [M], to: M }
                  - { from: [m, F], to: F }
                """);
        Path mapping = dir.resolve("ssd_department.yml");
        Files.writeString(mapping, """
                target: ssd_department
                source: { table: team, key: team_cd }
                columns:
                  dept_team_id: team_cd
                  dept_team_name: { from: team_title, transform: text }
                  dept_team_parent_id: { from: parent_cd, transform: shout }
                  dept_colour: parent_cd
                """);
        // when it is checked
        List<String> problems = MappingSet.check(dir, TransformSettings.defaults()).stream().map(ConfigProblem::toString).toList();
        // then each problem names the file and line
        assertTrue(problems.contains(dir.resolve("codes/sex.yml") + ":6: duplicate code 'm' (also on line 5)")
                || problems.stream().anyMatch(p -> p.startsWith(dir.resolve("codes/sex.yml") + ":6:") && p.contains("duplicate")), problems.toString());
        assertTrue(problems.contains(mapping + ":5: column 'dept_team_name': column 'team_title' is not in legacy table team"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(mapping + ":6: column 'dept_team_parent_id': unknown transform 'shout'; known: [text,")), problems.toString());
        assertTrue(problems.contains(mapping + ":7: column 'dept_colour' is not in target table ssd_department"), problems.toString());
    }

    @Test
    void aTargetColumnNeitherMappedNorDeclaredUnmappedIsAProblem(@TempDir Path dir) throws IOException {
        // given a mapping that forgets dept_team_parent_id
        Files.createDirectories(dir.resolve("codes"));
        Files.copy(Path.of("mappings/codes/sex.yml"), dir.resolve("codes/sex.yml"));
        Path mapping = dir.resolve("ssd_department.yml");
        Files.writeString(mapping, """
                target: ssd_department
                source: { table: team, key: team_cd }
                columns:
                  dept_team_id: team_cd
                  dept_team_name: team_name
                """);
        // when it is loaded, then the run stops before any data moves, naming the column
        ConfigException e = assertThrows(ConfigException.class, () -> MappingSet.load(dir, TransformSettings.defaults()));
        assertEquals(List.of(mapping + ":1: target column 'dept_team_parent_id' of ssd_department is neither mapped under columns nor listed under unmapped"),
                e.problems().stream().map(ConfigProblem::toString).toList());
    }

    @Test
    void unknownSectionsAndKeysAreNamed(@TempDir Path dir) throws IOException {
        // given a mapping with a misspelt section and column key
        Files.createDirectories(dir.resolve("codes"));
        Path mapping = dir.resolve("ssd_department.yml");
        Files.writeString(mapping, """
                target: ssd_department
                source: { table: team, key: team_cd }
                exclusions: []
                columns:
                  dept_team_id: team_cd
                  dept_team_name: { from: team_name, transfrom: text }
                unmapped: [dept_team_parent_id]
                """);
        // when checked
        List<String> problems = MappingSet.check(dir, TransformSettings.defaults()).stream().map(ConfigProblem::toString).toList();
        // then both are reported on their lines
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(mapping + ":3: unknown section 'exclusions'")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(mapping + ":6: column 'dept_team_name': unknown key 'transfrom'")), problems.toString());
    }
}
