package org.switchover.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.switchover.transform.TransformTesting.assertConverted;
import static org.switchover.transform.TransformTesting.transform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTransformsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ValueTransform address = transform("address_json");

    @Test
    void addressLinesAndTownBecomeJsonSkippingBlankLines() throws Exception {
        // when
        Converted converted = address.apply(" 1 High St ", "", "Framwellgate", "Durham");
        // then
        assertEquals("{\"lines\":[\"1 High St\",\"Framwellgate\"],\"town\":\"Durham\"}", converted.value());
        assertEquals(null, converted.loss());
    }

    @Test
    void addressTextIsEscapedProperly() throws Exception {
        // given characters JSON must escape, and Windows-1252 ones it must keep
        Converted converted = address.apply("Flat \"B\"\\2", "O’Brien\tHouse", null, "Zoë's Town");
        // then it parses back to exactly the input text
        JsonNode parsed = JSON.readTree((String) converted.value());
        assertEquals("Flat \"B\"\\2", parsed.get("lines").get(0).asText());
        assertEquals("O’Brien\tHouse", parsed.get("lines").get(1).asText());
        assertEquals(2, parsed.get("lines").size());
        assertEquals("Zoë's Town", parsed.get("town").asText());
    }

    @Test
    void blankTownIsNullAndAllBlankIsNull() throws Exception {
        JsonNode parsed = JSON.readTree((String) address.apply("1 High St", null, null, " ").value());
        assertTrue(parsed.get("town").isNull());
        assertConverted(null, null, address.apply(null, " ", "", null));
    }

    @Test
    void nulCharactersAreRemovedFromJsonAndCounted() throws Exception {
        Converted converted = address.apply("1 High\u0000 St", "Durham");
        assertEquals(LossKind.NUL_REMOVED, converted.loss());
        assertEquals("1 High St", JSON.readTree((String) converted.value()).get("lines").get(0).asText());
    }

    @Test
    void jsonObjectUsesTheKeysGivenInColumnOrder() throws Exception {
        // given
        ValueTransform outcome = JsonObjectTransform.withKeys(List.of("outcome", "status"));
        // when / then
        assertEquals(2, outcome.arity());
        assertEquals("{\"outcome\":\"NFA\",\"status\":null}", outcome.apply(" NFA ", "").value());
        assertConverted(null, null, outcome.apply(null, " "));
        assertThrows(IllegalArgumentException.class, () -> outcome.apply("NFA"));
    }

    @Test
    void jsonObjectRefusesMissingOrRepeatedKeys() {
        IllegalArgumentException repeated = assertThrows(IllegalArgumentException.class,
                () -> JsonObjectTransform.withKeys(List.of("outcome", "outcome")));
        assertEquals("json_object key 'outcome' is given twice: [outcome, outcome]", repeated.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JsonObjectTransform.withKeys(List.of()));
        assertThrows(IllegalArgumentException.class, () -> JsonObjectTransform.withKeys(List.of(" ")));
    }
}
