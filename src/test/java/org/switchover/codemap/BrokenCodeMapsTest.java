package org.switchover.codemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.switchover.config.ConfigException;
import org.switchover.config.ConfigProblem;

/** Hand-written code maps with mistakes: every mistake is reported, with its file and line. */
class BrokenCodeMapsTest {
    @TempDir
    Path dir;

    private List<String> problemsOf(String fileName, String yaml) throws IOException {
        Files.writeString(dir.resolve(fileName), yaml);
        return CodeMaps.validate(dir).stream().map(ConfigProblem::toString).toList();
    }

    @Test
    void aDuplicateSourceValueNamesBothLines() throws IOException {
        List<String> problems = problemsOf("sex.yml", """
                code_map: sex
                doc: Sex codes.
                target_codes: [M, F, U]
                rules:
                  - { from: [M, "1"], to: M }
                  - { from: [F, "2"], to: F }
                  - { from: [" m "], to: U }
                """);
        assertEquals(List.of(dir.resolve("sex.yml") + ":7: duplicate code 'm' (also on line 5)"), problems);
    }

    @Test
    void theDocumentedMessageFormat() {
        ConfigProblem problem = new ConfigProblem(Path.of("mappings/codes/sex.yml"), 7,
                "duplicate code 'M' (also on line 5)");
        assertEquals("mappings/codes/sex.yml:7: duplicate code 'M' (also on line 5)", problem.toString());
    }

    @Test
    void everyProblemInAFileIsReportedInLineOrder() throws IOException {
        List<String> problems = problemsOf("category.yml", """
                code_map: category_of_abuse
                target_codes: [NEG, PHY, NEG]
                colour: blue
                rules:
                  - { from: [N, NEG], to: NEG }
                  - { from: [P], to: PHYSICAL }
                  - { form: [S], to: SAB }
                  - { from: [], to: PHY }
                  - just text
                """);
        String file = dir.resolve("category.yml").toString();
        assertEquals(List.of(
                file + ":1: missing section 'doc'",
                file + ":1: code_map 'category_of_abuse' does not match the file name (expected 'category')",
                file + ":2: duplicate target code 'NEG' (also on line 2)",
                file + ":3: unknown key 'colour' (expected one of: code_map, doc, target_codes, rules)",
                file + ":6: 'to' code 'PHYSICAL' is not in target_codes",
                file + ":7: unknown key 'form' in a rule (expected from, to)",
                file + ":7: 'to' code 'SAB' is not in target_codes",
                file + ":7: rule has no 'from'",
                file + ":8: 'from' is an empty list",
                file + ":9: a rule must be a mapping { from: [...], to: CODE }, found a single value"), problems);
    }

    @Test
    void missingSectionsAndRepeatedKeysAreReported() throws IOException {
        List<String> problems = problemsOf("sex.yml", """
                code_map: sex
                doc: first
                doc: second
                """);
        String file = dir.resolve("sex.yml").toString();
        assertEquals(List.of(
                file + ":1: missing section 'target_codes'",
                file + ":1: missing section 'rules'",
                file + ":3: duplicate key 'doc' (also on line 2)"), problems);
    }

    @Test
    void invalidYamlAndEmptyFilesAreReportedAndOtherFilesStillChecked() throws IOException {
        Files.writeString(dir.resolve("empty.yml"), "");
        List<String> problems = problemsOf("sex.yml", """
                code_map: sex
                rules: [ { from: [M], to: M }
                """);
        assertEquals(2, problems.size(), problems.toString());
        assertEquals(dir.resolve("empty.yml") + ": the file is empty", problems.get(0));
        // the line where the unclosed list starts, and the parser's reason on one line
        assertEquals(dir.resolve("sex.yml") + ":2: not valid YAML: while parsing a flow sequence; "
                + "expected ',' or ']', but got <stream end>", problems.get(1));
    }

    @Test
    void loadRefusesAnyProblemAndListsThemAll() throws IOException {
        // given one good map and one with two mistakes
        Files.writeString(dir.resolve("flag.yml"), """
                code_map: flag
                doc: Flags.
                target_codes: [Y, N]
                rules:
                  - { from: [Y, "YES"], to: Y }
                  - { from: [N, "NO"], to: N }
                """);
        Files.writeString(dir.resolve("sex.yml"), """
                code_map: sex
                doc: Sex codes.
                target_codes: [M, F]
                rules:
                  - { from: [M], to: X }
                  - { from: [F, f], to: F }
                """);
        // when
        ConfigException e = assertThrows(ConfigException.class, () -> CodeMaps.load(dir));
        // then
        assertEquals(List.of(
                new ConfigProblem(dir.resolve("sex.yml"), 5, "'to' code 'X' is not in target_codes"),
                new ConfigProblem(dir.resolve("sex.yml"), 6, "duplicate code 'f' (also on line 6)")), e.problems());
        assertEquals(true, e.getMessage().startsWith("2 configuration problem(s):\n"), e.getMessage());
    }

    @Test
    void yesAndNoAreReadAsTextNotBooleans() throws IOException {
        // given YAML 1.1 words that some parsers turn into booleans
        Files.writeString(dir.resolve("flag.yml"), """
                code_map: flag
                doc: Flags.
                target_codes: [Y, N]
                rules:
                  - from: [Y, YES, true, on]
                    to: Y
                  - from: [N, NO, false, off, 0]
                    to: N
                """);
        // when
        CodeMap flag = CodeMaps.load(dir).get("flag");
        // then
        assertEquals("Y", flag.map("yes").value());
        assertEquals("Y", flag.map("ON").value());
        assertEquals("N", flag.map("no").value());
        assertEquals("N", flag.map("False").value());
        assertEquals("N", flag.map("0").value());
    }

    @Test
    void aMissingDirectoryIsAProblemNotACrash() {
        Path missing = dir.resolve("nowhere");
        assertEquals(List.of(missing + ": code map directory not found"),
                CodeMaps.validate(missing).stream().map(ConfigProblem::toString).toList());
    }
}
