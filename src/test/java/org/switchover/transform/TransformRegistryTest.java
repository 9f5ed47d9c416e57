package org.switchover.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchover.transform.TransformTesting.REGISTRY;

import java.util.List;
import org.junit.jupiter.api.Test;

class TransformRegistryTest {

    @Test
    void theStandardVocabularyIsExactlyTheseNames() {
        assertEquals(List.of("text", "upper_trim", "integer", "bigint", "decimal", "legacy_date", "legacy_datetime",
                "yyyymmdd_date", "free_text_date", "nhs_number", "postcode", "person_name_display", "yn_flag", "yn_flag_default_n",
                "address_json", "real_worker", "referral_nfa", "referral_close_date", "closure_reason_source",
                "involvement_role_source", "ola_flag", "seen_alone_flag"), REGISTRY.names());
    }

    @Test
    void everyTransformHasAOneLineDocAndItsOwnName() {
        for (ValueTransform transform : REGISTRY.all()) {
            assertEquals(transform, REGISTRY.find(transform.name()).orElseThrow());
            assertFalse(transform.doc().isBlank(), transform.name());
            assertFalse(transform.doc().contains("\n"), transform.name());
        }
    }

    @Test
    void arityIsOneExceptForTheMultiColumnTransforms() {
        java.util.Map<String, Integer> multi = java.util.Map.of("address_json", -1, "referral_close_date", 3,
                "closure_reason_source", 2, "involvement_role_source", 2, "ola_flag", 2);
        for (ValueTransform transform : REGISTRY.all()) {
            assertEquals(multi.getOrDefault(transform.name(), 1), transform.arity(), transform.name());
        }
    }

    @Test
    void unknownNamesAreNotFound() {
        assertTrue(REGISTRY.find("json_object").isEmpty());
        assertTrue(REGISTRY.find("TEXT").isEmpty());
    }

    @Test
    void aWrongNumberOfColumnsIsRefusedWithTheTransformName() {
        ValueTransform postcode = REGISTRY.find("postcode").orElseThrow();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> postcode.apply("a", "b"));
        assertEquals("transform 'postcode' takes 1 column(s), was given 2", e.getMessage());
    }

    @Test
    void theFreeTextDateDocNamesThePivotYear() {
        assertTrue(REGISTRY.find("free_text_date").orElseThrow().doc().contains("(2019)"));
    }
}
