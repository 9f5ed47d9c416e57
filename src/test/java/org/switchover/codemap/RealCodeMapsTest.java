package org.switchover.codemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.switchover.transform.Converted;
import org.switchover.transform.LossKind;

/** The project's own mappings/codes, loaded as the migration loads them. */
class RealCodeMapsTest {
    private static final CodeMaps MAPS = CodeMaps.load(CodeMaps.DEFAULT_DIRECTORY);

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
