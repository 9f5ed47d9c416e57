package org.switchover.project;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine knows no legacy system: no class and no SQL resource outside the example generator names a table of the
 * default project's legacy or target catalog; everything about a system is in its project folder.
 */
class NoSystemKnowledgeTest {
    private static final Path JAVA = Path.of("src/main/java/org/switchover");
    private static final Path SQL = Path.of("src/main/resources/sql");
    /** The generator writes the built-in example's legacy data: it must know its tables. */
    private static final Set<Path> EXAMPLE_GENERATOR = Set.of(JAVA.resolve("generate"), SQL.resolve("generate"));
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern SQL_REFERENCE = Pattern.compile(
            "(?i)(?:\\b(?:from|join|into|update|table)\\s+[`\"]?(?:\\w+[`\"]?\\.[`\"]?)?|\\b\\w+\\.)([A-Za-z_]\\w*)");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Test
    void noClassOrSqlResourceOutsideTheExampleGeneratorNamesALegacyOrTargetTable() throws IOException {
        // given every table the default project declares, legacy and target
        Set<String> tables = new TreeSet<>(Project.DEFAULT.legacyCatalog().tables());
        tables.addAll(Project.DEFAULT.targetCatalog().tables());
        assertTrue(tables.containsAll(Set.of("client", "referral", "ssd_person", "ssd_cp_plans")), tables.toString());
        // when every Java string literal and every SQL resource token is compared with them
        List<String> found = new ArrayList<>();
        for (Path file : files(JAVA, ".java")) {
            String code = withoutComments(Files.readString(file));
            Matcher literal = STRING_LITERAL.matcher(code);
            while (literal.find()) {
                tableReferences(literal.group(1), tables).stream().filter(t -> !reportColumn(file, t))
                        .forEach(t -> found.add(file + ": \"" + t + "\""));
            }
        }
        for (Path file : files(SQL, ".sql")) {
            String sql = Files.readString(file).replaceAll("--[^\\n]*", "");
            names(sql, tables).forEach(t -> found.add(file + ": " + t));
        }
        // then none is named
        assertEquals(List.of(), found);
    }

    @Test
    void theScanFindsATableNamedInALiteralOrInSql() {
        // given a literal and a query that name tables, as the scan reads them
        Set<String> tables = Set.of("client", "ssd_person");
        // when they are scanned, then both names are found, and a longer identifier that contains one is not
        assertEquals(List.of("client"), names("SELECT client_no FROM client", tables));
        assertEquals(List.of("ssd_person"), names("csc.ssd_person", tables));
        assertEquals(List.of(), names("ssd_person_id clients", tables));
        assertEquals(List.of("client"), tableReferences("SELECT x FROM client WHERE", tables));
        assertEquals(List.of("ssd_person"), tableReferences("csc.ssd_person", tables));
        assertEquals(List.of("client"), tableReferences("client", tables));
        assertEquals(List.of(), tableReferences("re-points rows whose client was merged", tables));
    }

    /**
     * The tables a Java literal names: the whole literal, or a name in SQL position (after FROM, JOIN, INTO, UPDATE,
     * TABLE, or schema-qualified). Prose in help texts ("a referral id") is not a table reference.
     */
    static List<String> tableReferences(String literal, Set<String> tables) {
        if (tables.contains(literal.trim().toLowerCase())) {
            return List.of(literal.trim());
        }
        List<String> hits = new ArrayList<>();
        Matcher reference = SQL_REFERENCE.matcher(literal);
        while (reference.find()) {
            if (tables.contains(reference.group(1).toLowerCase())) {
                hits.add(reference.group(1));
            }
        }
        return hits;
    }

    /**
     * "team" in the report's classes (and the duty waits section of the returns) is the open duty cases' value column, as
     * the check's SQL names it (part of the report's JSON contract), not the legacy table of the same name.
     */
    private static boolean reportColumn(Path file, String name) {
        return (file.startsWith(JAVA.resolve("reconcile")) || file.startsWith(JAVA.resolve("returns"))) && name.equals("team");
    }

    private static List<String> names(String text, Set<String> tables) {
        List<String> hits = new ArrayList<>();
        Matcher identifier = IDENTIFIER.matcher(text);
        while (identifier.find()) {
            if (tables.contains(identifier.group().toLowerCase())) {
                hits.add(identifier.group());
            }
        }
        return hits;
    }

    private static String withoutComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(p -> p.toString().endsWith(suffix))
                    .filter(p -> EXAMPLE_GENERATOR.stream().noneMatch(p::startsWith)).sorted().toList();
        }
    }
}
