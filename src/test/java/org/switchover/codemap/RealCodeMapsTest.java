package org.switchover.codemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchover.transform.Converted;
import org.switchover.transform.LossKind;

/** The project's own mappings/codes, loaded as the migration loads them. */
class RealCodeMapsTest {
    private static final CodeMaps MAPS = CodeMaps.load(CodeMaps.DEFAULT_DIRECTORY);
    /** Every legacy value and its code, written from the code sets (not from the YAML): see the file's header. */
    private static final Path EXPECTED = Path.of("src", "test", "resources", "codes", "expected-aliases.csv");

    @Test
    void everyLegacyValueOfTheCodeMapsIsPinnedHere() throws IOException {
        // given the independent list: code map, legacy value, code
        Map<String, Map<String, String>> expected = expectedValues();
        List<String> wrong = new ArrayList<>();
        // when each value is looked up in the real maps, as written, in lower case and padded
        expected.forEach((map, values) -> values.forEach((value, code) -> {
            for (String variant : List.of(value, value.toLowerCase(Locale.ROOT), "  " + value + " ")) {
                Object actual = MAPS.get(map).map(variant).value();
                if (!code.equals(actual)) {
                    wrong.add(map + ": '" + variant + "' maps to " + actual + ", " + EXPECTED + " says " + code);
                }
            }
        }));
        // and each value the YAML lists is looked for in the list
        for (Path file : yamlFiles()) {
            JsonNode yaml = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            Map<String, String> values = expected.getOrDefault(yaml.path("code_map").asText(), Map.of());
            yaml.path("rules").forEach(rule -> rule.path("from").forEach(from -> {
                if (!values.containsKey(key(from.asText()))) {
                    wrong.add(file + ": '" + from.asText() + "' (to " + rule.path("to").asText() + ") is pinned by no line of " + EXPECTED);
                }
            }));
        }
        // then every expectation holds, and the maps know exactly the listed values, no others
        assertEquals(List.of(), wrong);
        for (CodeMap map : MAPS.all()) {
            assertEquals(expected.getOrDefault(map.name(), Map.of()).size(), map.size(), map.name() + ": legacy values known vs listed");
        }
    }

    /** Code map → normalised legacy value → code, from the expectations file. */
    private static Map<String, Map<String, String>> expectedValues() throws IOException {
        Map<String, Map<String, String>> expected = new TreeMap<>();
        List<String> lines = Files.readAllLines(EXPECTED);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",", -1);
            assertEquals(3, fields.length, EXPECTED + ":" + (i + 1) + ": expected code map,legacy value,code");
            String previous = expected.computeIfAbsent(fields[0], map -> new HashMap<>()).put(key(fields[1]), fields[2]);
            assertNull(previous, EXPECTED + ":" + (i + 1) + ": " + fields[1] + " is listed twice");
        }
        return expected;
    }

    /** As the code maps match: trimmed, case-insensitive. */
    private static String key(String value) {
        return value.strip().toUpperCase(Locale.ROOT);
    }

    private static List<Path> yamlFiles() throws IOException {
        try (Stream<Path> files = Files.list(CodeMaps.DEFAULT_DIRECTORY)) {
            return files.filter(f -> f.toString().endsWith(".yml")).sorted().toList();
        }
    }

    @Test
    void everyCodeSetIsPresentAndValid() {
        assertEquals(List.of(), CodeMaps.validate(CodeMaps.DEFAULT_DIRECTORY));
        assertEquals(List.of("assessment_factor", "category_of_abuse", "closure_reason", "disability",
                "ethnicity", "icpc_outcome_cp", "involvement_role", "primary_need", "referral_source", "review_outcome",
                "s47_nfa", "sex"), MAPS.names());
    }

    @ParameterizedTest(name = "{0}: ''{1}'' → {2}")
    @CsvSource(delimiter = '|', value = {
        "ethnicity | 'white british ' | WBRI",
        "ethnicity | a1 | WBRI",
        "ethnicity | WBRI | WBRI",
        "ethnicity | Information not yet obtained | NOBT",
        "ethnicity | z | REFU",
        "ethnicity | d2 | BAFR",
        "sex | 1 | M",
        "sex | f | F",
        "category_of_abuse | neglect | NEG",
        "category_of_abuse | m | MUL",
        "referral_source | 1a | 1A",
        "referral_source | 10 | 10",
        "primary_need | n0 | N0",
        "disability | hand | HAND",
        "closure_reason | rc8 | RC8",
        "involvement_role | key | ALLOCATED_CW",
        "involvement_role | CO | CO_WORKER",
        "assessment_factor | 4b | 4B",
        "assessment_factor | 21 | 21",
        "review_outcome | cont | Y",
        "s47_nfa | NOT REQ | Y",
        "icpc_outcome_cp | CPP | Y",
    })
    void legacyValuesMapToCensusCodes(String map, String raw, String expected) {
        Converted converted = MAPS.get(map).map(raw);
        assertEquals(expected, converted.value());
        assertNull(converted.loss());
    }

    @ParameterizedTest(name = "{0}: ''{1}'' is unmapped")
    @CsvSource(delimiter = '|', value = {
        "ethnicity | ZZZ", "sex | X", "category_of_abuse | Neglectful", "referral_source | 11",
        "primary_need | N10", "closure_reason | moved away", "assessment_factor | 7B", "involvement_role | MGR"})
    void unknownValuesAreUnmapped(String map, String raw) {
        assertEquals(Converted.lost(LossKind.UNMAPPED), MAPS.get(map).map(raw));
    }

    @Test
    void nullAndBlankAreAbsentNotUnmapped() {
        assertEquals(Converted.absent(), MAPS.get("sex").map(null));
        assertEquals(Converted.absent(), MAPS.get("sex").map("  "));
        assertEquals(Converted.absent(), MAPS.get("ethnicity").apply(""));
    }

    @Test
    void everyCensusCodeMapsToItself() {
        // involvement roles and the Y/N outcome flags are the new system's words, not legacy values;
        // every other target is a census code
        java.util.Set<String> notCensus = java.util.Set.of("involvement_role", "review_outcome", "s47_nfa", "icpc_outcome_cp");
        for (CodeMap map : MAPS.all()) {
            if (notCensus.contains(map.name())) {
                continue;
            }
            for (String code : map.targetCodes()) {
                assertEquals(code, map.map(code).value(), map.name() + " " + code);
            }
        }
    }

    @Test
    void anUnknownMapNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MAPS.get("gender"));
        assertEquals("no code map named 'gender'; known: [assessment_factor, category_of_abuse, closure_reason, "
                + "disability, ethnicity, icpc_outcome_cp, involvement_role, primary_need, referral_source, review_outcome, s47_nfa, sex]",
                e.getMessage());
    }
}
