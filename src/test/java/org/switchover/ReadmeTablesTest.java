package org.switchover;

import org.junit.jupiter.api.Test;
import org.switchover.mapping.RowPredicates;
import org.switchover.transform.JsonObjectTransform;
import org.switchover.transform.LegacyType;
import org.switchover.transform.TransformRegistry;
import org.switchover.transform.TransformSettings;
import org.switchover.transform.ValueTransform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's reference tables of transforms and row predicates are the code's own docs: one row per name,
 * `name` and its doc word for word, in the code's order. A row that differs fails naming the transform or
 * predicate, with the row the README should have.
 */
class ReadmeTablesTest {
    private static final Path README = Path.of("README.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z_]+)` \\| (.*) \\|$");

    @Test
    void theTransformTableIsTheRegistrysDocs() throws IOException {
        // given every standard transform (at the default as-of date) and json_object, which needs its keys
        Map<String, String> docs = new LinkedHashMap<>();
        for (ValueTransform transform : TransformRegistry.standard(TransformSettings.defaults()).all()) {
            docs.put(transform.name(), transform.doc());
        }
        docs.put(JsonObjectTransform.NAME, JsonObjectTransform.DOC);
        // when the README's table is read
        Map<String, String> rows = table("<!-- transforms:");
        // then it has their rows, word for word
        assertRows("transform", docs, rows);
    }

    @Test
    void theLegacyTypesTableIsWhatEachTransformAccepts() throws IOException {
        // given what every transform's inputs accept (the preflight refuses a live legacy column of another type)
        Map<String, String> accepts = new LinkedHashMap<>();
        for (ValueTransform transform : TransformRegistry.standard(TransformSettings.defaults()).all()) {
            accepts.put(transform.name(), accepted(transform));
        }
        accepts.put(JsonObjectTransform.NAME, accepted(JsonObjectTransform.withKeys(List.of("a"))));
        // then the README's table says the same, transform by transform
        assertRows("transform", accepts, table("<!-- transform types:"));
    }

    /** "date, datetime, timestamp" for one input; "1: …; 2: …" for several; "each: …" for any number. */
    private static String accepted(ValueTransform transform) {
        if (transform.arity() == 1) {
            return LegacyType.describe(transform.accepts(0));
        }
        if (transform.arity() < 0) {
            return "each: " + LegacyType.describe(transform.accepts(0));
        }
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < transform.arity(); i++) {
            inputs.add((i + 1) + ": " + LegacyType.describe(transform.accepts(i)));
        }
        return String.join("; ", inputs);
    }

    @Test
    void thePredicateTableIsRowPredicatesDocs() throws IOException {
        Map<String, String> docs = new LinkedHashMap<>();
        RowPredicates.names().stream().sorted().forEach(name -> docs.put(name, RowPredicates.doc(name)));
        assertRows("predicate", docs, table("<!-- predicates:"));
    }

    private static void assertRows(String kind, Map<String, String> docs, Map<String, String> rows) {
        List<String> wrong = new ArrayList<>();
        docs.forEach((name, doc) -> {
            if (!doc.equals(rows.get(name))) {
                wrong.add(kind + " " + name + (rows.containsKey(name) ? ": its README row differs from its doc" : ": no README row")
                        + "; the row should be | `" + name + "` | " + doc + " |");
            }
        });
        rows.keySet().stream().filter(name -> !docs.containsKey(name))
                .forEach(name -> wrong.add("README row for " + name + ", which is no " + kind));
        assertEquals(List.of(), wrong, README + " " + kind + " table");
        assertEquals(List.copyOf(docs.keySet()), List.copyOf(rows.keySet()), "the README lists the " + kind + "s in the code's order");
    }

    /** The rows of the table that follows the marker line (after its header), by name. */
    private static Map<String, String> table(String marker) throws IOException {
        List<String> lines = Files.readAllLines(README);
        int start = 0;
        while (start < lines.size() && !lines.get(start).startsWith(marker)) {
            start++;
        }
        assertTrue(start < lines.size(), README + " has no line starting " + marker);
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = start + 3; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            Matcher row = ROW.matcher(lines.get(i));
            assertTrue(row.matches(), README + ":" + (i + 1) + ": not a | `name` | doc | row: " + lines.get(i));
            assertTrue(rows.put(row.group(1), row.group(2)) == null, README + ":" + (i + 1) + ": " + row.group(1) + " listed twice");
        }
        return rows;
    }
}
